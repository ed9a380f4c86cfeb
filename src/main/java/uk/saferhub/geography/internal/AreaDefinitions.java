package uk.saferhub.geography.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.geography.GeographyChangeRefused;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.Word;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * Places drawn as the union of others: areas made of wards (city areas, trial areas, patrol areas, neighbourhoods),
 * whose boundary is redrawn whenever a ward's is replaced, and force areas or divisions made of the places they hold.
 * Checks and audits each definition; {@code PlaceEditor} decides who may make it.
 */
@Component
public class AreaDefinitions {

    private final PlaceStore places;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AreaDefinitions(PlaceStore places, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.places = places;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Defines an area made of the given wards. */
    public Place defineArea(PlaceType type, String code, String name, UUID parentId, Set<UUID> wardIds) {
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
    public Place reviseArea(UUID areaId, PlaceType type, String code, String name, UUID parentId, Set<UUID> wardIds) {
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

    /** Defines a force area or division as the union of the places it holds, which become its children. */
    public Place defineGrouping(PlaceType type, String code, String name, Set<UUID> childIds) {
        if (type != PlaceType.FORCE_AREA && type != PlaceType.DIVISION) {
            throw new GeographyChangeRefused("type", "geography.grouping.type.required");
        }
        String cleanName = name == null ? "" : name.strip();
        String cleanCode = code == null ? "" : code.strip();
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw new GeographyChangeRefused("name", "geography.grouping.name.length");
        }
        if (cleanCode.isEmpty() || cleanCode.length() > 60) {
            throw new GeographyChangeRefused("code", "geography.grouping.code.length");
        }
        if (places.find(type, cleanCode).isPresent()) {
            throw new GeographyChangeRefused("code", "geography.grouping.code.taken",
                    Word.of("geography.placeType.lower.", type),
                    cleanCode);
        }
        if (childIds == null || childIds.isEmpty()) {
            throw new GeographyChangeRefused("children", "geography.grouping.children.required");
        }
        List<Place> children = new ArrayList<>();
        for (UUID id : childIds) {
            Place child = places.find(id).orElseThrow(() -> new GeographyChangeRefused("children",
                    "geography.grouping.children.unknown"));
            if (child.type().ordinal() <= type.ordinal()) {
                throw new GeographyChangeRefused("children", "geography.grouping.children.tooLarge", child.name(),
                        Word.of("geography.placeType.lower.", child.type()), Word.of("geography.placeType.lower.", type));
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

    /** Redraws every area made of any of the given wards, after their boundaries were replaced. */
    void redrawAreasIncluding(Collection<UUID> wards, Instant now) {
        wards.stream().flatMap(ward -> places.areasIncluding(ward).stream()).map(Place::id).distinct()
                .forEach(areaId -> redraw(areaId, now));
    }

    private AreaDefinition check(Place existing, PlaceType type, String code, String name, UUID parentId,
            Set<UUID> wardIds) {
        if (type == null || !type.madeOfWards()) {
            throw new GeographyChangeRefused("type", "geography.area.type.required");
        }
        String cleanName = name == null ? "" : name.strip();
        String cleanCode = code == null ? "" : code.strip();
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw new GeographyChangeRefused("name", cleanName.isEmpty() ? "geography.area.name.required"
                    : "geography.area.name.tooLong");
        }
        if (cleanCode.isEmpty() || cleanCode.length() > 60) {
            throw new GeographyChangeRefused("code", cleanCode.isEmpty() ? "geography.area.code.required"
                    : "geography.area.code.tooLong");
        }
        places.find(type, cleanCode).filter(other -> existing == null || !other.id().equals(existing.id()))
                .ifPresent(other -> {
                    throw new GeographyChangeRefused("code", "geography.area.code.taken",
                            Word.of("geography.placeType.lower.", type), cleanCode, other.name());
                });
        if (parentId != null) {
            Place parent = places.find(parentId)
                    .orElseThrow(() -> new GeographyChangeRefused("parentId", "geography.area.parentId.unknown"));
            if (existing != null && (parent.id().equals(existing.id())
                    || places.descendants(existing.id()).stream().anyMatch(p -> p.id().equals(parent.id())))) {
                throw new GeographyChangeRefused("parentId", "geography.area.parentId.cycle");
            }
        }
        if (wardIds == null || wardIds.isEmpty()) {
            throw new GeographyChangeRefused("wardIds", "geography.area.wardIds.required");
        }
        List<Place> wards = new ArrayList<>();
        for (UUID id : wardIds) {
            wards.add(places.find(id).filter(place -> place.type() == PlaceType.WARD).orElseThrow(
                    () -> new GeographyChangeRefused("wardIds", "geography.area.wardIds.unknown")));
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

    private Geometry union(List<Place> parts) {
        var boundaries = places.boundaries(parts.stream().map(Place::id).toList()).values();
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

    private record AreaDefinition(String code, String name, List<Place> wards) {
    }
}
