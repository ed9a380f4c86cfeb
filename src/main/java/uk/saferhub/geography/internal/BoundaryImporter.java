package uk.saferhub.geography.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.geography.FeaturePreview;
import uk.saferhub.geography.GeographyChangeRefused;
import uk.saferhub.geography.ImportAction;
import uk.saferhub.geography.ImportOutcome;
import uk.saferhub.geography.ImportPreview;
import uk.saferhub.geography.ImportProblem;
import uk.saferhub.geography.ImportRequest;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.Actor;

/**
 * Imports a boundary file all or nothing: creates and replaces its features' places, redraws the areas made of
 * replaced wards, records and audits the import. {@code PlaceEditor} decides who may import.
 */
@Component
public class BoundaryImporter {

    private final ImportPlanner planner;
    private final PlaceStore places;
    private final PlaceImportStore imports;
    private final AreaDefinitions areas;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BoundaryImporter(ImportPlanner planner, PlaceStore places, PlaceImportStore imports, AreaDefinitions areas,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.planner = planner;
        this.places = places;
        this.imports = imports;
        this.areas = areas;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What importing the file would do; changes nothing. Refused when the file cannot be read as boundaries. */
    public ImportPreview preview(ImportRequest request) {
        return planner.plan(request).preview();
    }

    /** Imports the file: every feature or, when the preview has a problem, none (refused naming the first). */
    public ImportOutcome apply(Actor actor, ImportRequest request) {
        return apply(actor, request, planner.plan(request));
    }

    /** Imports the file when it would create or replace a place; when every place is unchanged, records nothing. */
    public Optional<ImportOutcome> applyIfChanged(Actor actor, ImportRequest request) {
        ImportPlan plan = planner.plan(request);
        if (plan.preview().applicable() && !plan.preview().changesAnything()) {
            return Optional.empty();
        }
        return Optional.of(apply(actor, request, plan));
    }

    private ImportOutcome apply(Actor actor, ImportRequest request, ImportPlan plan) {
        ImportPreview preview = plan.preview();
        if (!preview.applicable()) {
            ImportProblem first = preview.problems().getFirst();
            int more = preview.problems().size() - 1;
            String field = first.field() == null ? "file" : first.field();
            throw more > 0
                    ? new GeographyChangeRefused(field, "geography.import.nothingImported.more", first,
                            String.valueOf(more))
                    : new GeographyChangeRefused(field, "geography.import.nothingImported", first);
        }
        Instant now = clock.instant();
        String source = "Imported from " + request.fileName();
        Set<UUID> replacedWards = new LinkedHashSet<>();
        List<FeaturePreview> rows = new ArrayList<>();
        for (ImportPlan.Step step : plan.steps()) {
            FeaturePreview row = step.row();
            Double area = AreaMeasure.squareKilometres(step.boundary());
            if (row.action() == ImportAction.CREATE) {
                UUID id = UUID.randomUUID();
                places.insert(new Place(id, request.type(), row.code(), row.name(), step.parentId(), area, null,
                        false, true, source), step.boundary(), now);
                row = new FeaturePreview(row.number(), row.code(), row.name(), row.parentName(), row.action(), id,
                        row.repair());
            } else if (row.action() == ImportAction.REPLACE) {
                Place before = step.existing();
                places.update(new Place(before.id(), request.type(), row.code(), row.name(), step.parentId(), area,
                        before.population(), false, true, source), step.boundary(), now);
                if (request.type() == PlaceType.WARD) {
                    replacedWards.add(before.id());
                }
            }
            rows.add(row);
        }
        areas.redrawAreasIncluding(replacedWards, now);
        UUID importId = UUID.randomUUID();
        imports.recordImport(importId, request, preview, actor == null ? "Demonstration data" : actor.name(), now);
        audit.recordChange(AuditAction.CREATE, "place-import", importId,
                "Imported " + preview.features().size() + " " + request.type().plural().toLowerCase() + " from "
                        + request.fileName() + ": " + preview.created() + " new, " + preview.replaced()
                        + " replaced, " + preview.unchanged() + " unchanged, " + preview.repaired() + " repaired",
                Changes.none().field("file", null, request.fileName()).field("placeType", null, request.type())
                        .field("codeProperty", null, request.codeProperty())
                        .field("nameProperty", null, request.nameProperty())
                        .field("created", null, preview.created()).field("replaced", null, preview.replaced())
                        .field("unchanged", null, preview.unchanged()).field("repaired", null, preview.repaired()));
        if (preview.changesAnything()) {
            events.publishEvent(new PlacesChanged(preview.created(), preview.replaced()));
        }
        return new ImportOutcome(importId, new ImportPreview(preview.fileName(), preview.type(),
                preview.propertyNames(), rows, List.of()));
    }
}
