package uk.saferhub.geography;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.geography.internal.AreaDefinitions;
import uk.saferhub.geography.internal.BoundaryImporter;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.Role;

/**
 * Changes to places, the one way in: boundary imports (previewed, then applied all or nothing) and places drawn as
 * the union of others (areas made of wards, force areas and divisions). Coordinators and administrators make them; a
 * null actor is the demonstration loader. Every change is audited and announced (PlacesChanged), so the indexes
 * built from places are rebuilt.
 */
@Service
public class PlaceEditor {

    private final BoundaryImporter importer;
    private final AreaDefinitions areas;

    PlaceEditor(BoundaryImporter importer, AreaDefinitions areas) {
        this.importer = importer;
        this.areas = areas;
    }

    /** What importing the file would do; changes nothing. Refused when the file cannot be read as boundaries. */
    @Transactional(readOnly = true)
    public ImportPreview preview(ImportRequest request) {
        return importer.preview(request);
    }

    /** Imports the file: every feature or, when the preview has a problem, none (refused naming the first). */
    @Transactional
    public ImportOutcome apply(Actor actor, ImportRequest request) {
        requireCoordinator(actor);
        return importer.apply(actor, request);
    }

    /**
     * Imports the file when it would create or replace a place, all or nothing as {@link #apply}; when every place is
     * unchanged nothing at all is recorded (for the demonstration loader, so a second start changes nothing).
     */
    @Transactional
    public Optional<ImportOutcome> applyIfChanged(Actor actor, ImportRequest request) {
        requireCoordinator(actor);
        return importer.applyIfChanged(actor, request);
    }

    /** Defines a city area, trial area, patrol area or neighbourhood as the union of the given wards. */
    @Transactional
    public Place defineArea(Actor actor, PlaceType type, String code, String name, UUID parentId,
            Set<UUID> wardIds) {
        requireCoordinator(actor);
        return areas.defineArea(type, code, name, parentId, wardIds);
    }

    /** Changes an area made of wards: its type, code, name, parent and wards; its boundary is redrawn from them. */
    @Transactional
    public Place reviseArea(Actor actor, UUID areaId, PlaceType type, String code, String name, UUID parentId,
            Set<UUID> wardIds) {
        requireCoordinator(actor);
        return areas.reviseArea(areaId, type, code, name, parentId, wardIds);
    }

    /**
     * Defines a force area or division as the union of the places it holds (districts, say), which become its
     * children: coverage and other questions about the whole county then reach every ward below it.
     */
    @Transactional
    public Place defineGrouping(Actor actor, PlaceType type, String code, String name, Set<UUID> childIds) {
        requireCoordinator(actor);
        return areas.defineGrouping(type, code, name, childIds);
    }

    private static void requireCoordinator(Actor actor) {
        if (actor != null && !ChangePolicy.holds(actor, Role.COORDINATOR)) {
            throw new AccessDeniedException("Only coordinators change places");
        }
    }
}
