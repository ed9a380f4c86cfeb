package uk.saferhub.geography;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.geography.internal.AreaMeasure;
import uk.saferhub.geography.internal.ImportPlan;
import uk.saferhub.geography.internal.ImportPlanner;
import uk.saferhub.geography.internal.PlaceImportStore;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;

/**
 * Changes to places: boundary imports (previewed, then applied all or nothing) and areas made of wards. Coordinators
 * and administrators make them; a null actor is the demonstration loader. Every change is audited and announced with
 * {@link PlacesChanged}.
 */
@Service
public class PlaceEditor {

    private final ImportPlanner planner;
    private final PlaceStore places;
    private final PlaceImportStore imports;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlaceEditor(ImportPlanner planner, PlaceStore places, PlaceImportStore imports, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.planner = planner;
        this.places = places;
        this.imports = imports;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What importing the file would do; changes nothing. Refused when the file cannot be read as boundaries. */
    @Transactional(readOnly = true)
    public ImportPreview preview(ImportRequest request) {
        return planner.plan(request).preview();
    }

    /** Imports the file: every feature or, when the preview has a problem, none (refused naming the first). */
    @Transactional
    public ImportOutcome apply(Actor actor, ImportRequest request) {
        requireCoordinator(actor);
        return apply(actor, request, planner.plan(request));
    }

    /**
     * Imports the file when it would create or replace a place, all or nothing as {@link #apply}; when every place is
     * unchanged nothing at all is recorded (for the demonstration loader, so a second start changes nothing).
     */
    @Transactional
    public Optional<ImportOutcome> applyIfChanged(Actor actor, ImportRequest request) {
        requireCoordinator(actor);
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
            throw new GeographyChangeRefused(first.field() == null ? "file" : first.field(), "Nothing was imported: "
                    + first.message() + (more > 0 ? " (and " + more + " more problems)" : ""));
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
        replacedWards.stream().flatMap(ward -> places.areasIncluding(ward).stream()).map(Place::id).distinct()
                .forEach(areaId -> redraw(areaId, now));
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

    /** Defines a city area, trial area, patrol area or neighbourhood as the union of the given wards. */
    @Transactional
    public Place defineArea(Actor actor, PlaceType type, String code, String name, UUID parentId,
            Set<UUID> wardIds) {
        requireCoordinator(actor);
        AreaDefinition definition = check(null, type, code, name, parentId, wardIds);
        Instant now = clock.instant();
        Geometry boundary = union(definition.wards());
        Place area = new Place(UUID.randomUUID(), type, definition.code(), definition.name(), parentId,
                AreaMeasure.squareKilometres(boundary), null, true, boundary != null, "Made of wards");
        places.insert(area, boundary, now);
        places.replaceWards(area.id(), wardIds);
        audit.recordChange(AuditAction.CREATE, "place", area.id(), "Defined " + type.label().toLowerCase() + " "
                + area.name() + " from " + wardIds.size() + (wardIds.size() == 1 ? " ward" : " wards"),
                Changes.created(describe(area, definition.wards())));
        events.publishEvent(new PlacesChanged(1, 0));
        return area;
    }

    /** Changes an area made of wards: its type, code, name, parent and wards; its boundary is redrawn from them. */
    @Transactional
    public Place reviseArea(Actor actor, UUID areaId, PlaceType type, String code, String name, UUID parentId,
            Set<UUID> wardIds) {
        requireCoordinator(actor);
        Place before = places.find(areaId).filter(Place::madeOfWards)
                .orElseThrow(() -> new RecordNotFoundException("place", areaId));
        List<Place> wardsBefore = places.wardsOf(areaId);
        AreaDefinition definition = check(before, type, code, name, parentId, wardIds);
        Instant now = clock.instant();
        Geometry boundary = union(definition.wards());
        Place area = new Place(areaId, type, definition.code(), definition.name(), parentId,
                AreaMeasure.squareKilometres(boundary), before.population(), true, boundary != null, before.source());
        places.update(area, boundary, now);
        places.retype(areaId, type, definition.code());
        places.replaceWards(areaId, wardIds);
        Changes changes = Changes.none();
        Map<String, Object> was = describe(before, wardsBefore);
        describe(area, definition.wards()).forEach((field, after) -> changes.field(field, was.get(field), after));
        audit.recordChange(AuditAction.UPDATE, "place", areaId, "Changed " + type.label().toLowerCase() + " "
                + area.name(), changes);
        events.publishEvent(new PlacesChanged(0, 1));
        return area;
    }

    /**
     * Defines a force area or division as the union of the places it holds (districts, say), which become its
     * children: coverage and other questions about the whole county then reach every ward below it.
     */
    @Transactional
    public Place defineGrouping(Actor actor, PlaceType type, String code, String name, Set<UUID> childIds) {
        requireCoordinator(actor);
        if (type != PlaceType.FORCE_AREA && type != PlaceType.DIVISION) {
            throw new GeographyChangeRefused("type", "Choose a force area or a division");
        }
        String cleanName = name == null ? "" : name.strip();
        String cleanCode = code == null ? "" : code.strip();
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw new GeographyChangeRefused("name", "Enter a name of 1 to 200 characters");
        }
        if (cleanCode.isEmpty() || cleanCode.length() > 60) {
            throw new GeographyChangeRefused("code", "Enter a code of 1 to 60 characters");
        }
        if (places.find(type, cleanCode).isPresent()) {
            throw new GeographyChangeRefused("code", "There is already a " + type.label().toLowerCase()
                    + " with the code " + cleanCode);
        }
        if (childIds == null || childIds.isEmpty()) {
            throw new GeographyChangeRefused("children", "Choose the places it is made of");
        }
        List<Place> children = new ArrayList<>();
        for (UUID id : childIds) {
            Place child = places.find(id).orElseThrow(() -> new GeographyChangeRefused("children",
                    "Choose places from the list"));
            if (child.type().ordinal() <= type.ordinal()) {
                throw new GeographyChangeRefused("children", child.name() + " is a " + child.type().label()
                        .toLowerCase() + ", which cannot sit inside a " + type.label().toLowerCase());
            }
            children.add(child);
        }
        Instant now = clock.instant();
        Geometry boundary = union(children);
        Place grouping = new Place(UUID.randomUUID(), type, cleanCode, cleanName, null,
                AreaMeasure.squareKilometres(boundary), null, false, boundary != null,
                "Union of " + children.size() + " places");
        places.insert(grouping, boundary, now);
        for (Place child : children) {
            places.update(new Place(child.id(), child.type(), child.code(), child.name(), grouping.id(),
                    child.areaSqKm(), child.population(), child.madeOfWards(), child.hasBoundary(), child.source()),
                    places.boundary(child.id()).orElse(null), now);
        }
        audit.recordChange(AuditAction.CREATE, "place", grouping.id(), "Defined " + type.label().toLowerCase()
                + " " + cleanName + " from " + children.size() + " places",
                Changes.none().field("code", null, cleanCode).field("name", null, cleanName)
                        .field("children", null, children.stream().map(Place::name).sorted()
                                .collect(Collectors.joining(", "))));
        events.publishEvent(new PlacesChanged(1, children.size()));
        return grouping;
    }

    private AreaDefinition check(Place existing, PlaceType type, String code, String name, UUID parentId,
            Set<UUID> wardIds) {
        if (type == null || !type.madeOfWards()) {
            throw new GeographyChangeRefused("type", "Choose a city area, trial area, patrol area or neighbourhood");
        }
        String cleanName = name == null ? "" : name.strip();
        String cleanCode = code == null ? "" : code.strip();
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw new GeographyChangeRefused("name", cleanName.isEmpty() ? "Enter a name"
                    : "Enter a name of 200 characters or fewer");
        }
        if (cleanCode.isEmpty() || cleanCode.length() > 60) {
            throw new GeographyChangeRefused("code", cleanCode.isEmpty() ? "Enter a code, for example ST-NEOTS"
                    : "Enter a code of 60 characters or fewer");
        }
        places.find(type, cleanCode).filter(other -> existing == null || !other.id().equals(existing.id()))
                .ifPresent(other -> {
                    throw new GeographyChangeRefused("code", "There is already a " + type.label().toLowerCase()
                            + " with the code " + cleanCode + ": " + other.name());
                });
        if (parentId != null) {
            Place parent = places.find(parentId)
                    .orElseThrow(() -> new GeographyChangeRefused("parentId", "Choose a parent place that exists"));
            if (existing != null && (parent.id().equals(existing.id())
                    || places.descendants(existing.id()).stream().anyMatch(p -> p.id().equals(parent.id())))) {
                throw new GeographyChangeRefused("parentId", "An area cannot sit inside itself or a place inside it");
            }
        }
        if (wardIds == null || wardIds.isEmpty()) {
            throw new GeographyChangeRefused("wardIds", "Choose at least one ward");
        }
        List<Place> wards = new ArrayList<>();
        for (UUID id : wardIds) {
            wards.add(places.find(id).filter(place -> place.type() == PlaceType.WARD).orElseThrow(
                    () -> new GeographyChangeRefused("wardIds", "One of the wards chosen is not a ward we know")));
        }
        wards.sort(Comparator.comparing(Place::name, String.CASE_INSENSITIVE_ORDER));
        return new AreaDefinition(cleanCode, cleanName, wards);
    }

    private void redraw(UUID areaId, Instant now) {
        Place area = places.find(areaId).orElseThrow();
        Geometry boundary = union(places.wardsOf(areaId));
        places.update(new Place(area.id(), area.type(), area.code(), area.name(), area.parentId(),
                AreaMeasure.squareKilometres(boundary), area.population(), true, boundary != null, area.source()),
                boundary, now);
    }

    private Geometry union(List<Place> wards) {
        var boundaries = places.boundaries(wards.stream().map(Place::id).toList()).values();
        if (boundaries.isEmpty()) {
            return null;
        }
        Geometry union = UnaryUnionOp.union(boundaries);
        union.setSRID(PlaceStore.WGS84.getSRID());
        return union;
    }

    private static Map<String, Object> describe(Place area, List<Place> wards) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", area.type());
        fields.put("code", area.code());
        fields.put("name", area.name());
        fields.put("parentId", area.parentId());
        fields.put("wards", wards.stream().map(Place::name).sorted(String.CASE_INSENSITIVE_ORDER)
                .collect(Collectors.joining(", ")));
        return fields;
    }

    private static void requireCoordinator(Actor actor) {
        if (actor != null && !ChangePolicy.holds(actor, Role.COORDINATOR)) {
            throw new AccessDeniedException("Only coordinators change places");
        }
    }

    private record AreaDefinition(String code, String name, List<Place> wards) {
    }
}
