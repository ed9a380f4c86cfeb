package uk.saferhub.workforce.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;
import uk.saferhub.workforce.internal.CoverageReport.PcsoRef;
import uk.saferhub.workforce.internal.CoverageReport.SchemeRef;
import uk.saferhub.workforce.internal.CoverageReport.WardCover;
import uk.saferhub.workforce.internal.CoverageStore.AttachmentRow;

/**
 * Ward coverage for a district, county or area (seed 002: "the wards that no other PCSO scheme covers"): which wards
 * each scheme covers through its PCSOs' patrol attachments on a day, which no scheme covers, and where schemes overlap.
 * An attachment counts when the viewer may see its PCSO (a partner of the PCSO's force) and, if it has one, its scheme.
 */
@Service
public class Coverage {

    private final Geography geography;
    private final CoverageStore store;
    private final Clock clock;

    Coverage(Geography geography, CoverageStore store, Clock clock) {
        this.geography = geography;
        this.store = store;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
    }

    /** The coverage of the place with this code (a district, county, city area...), today unless a day is given. */
    @Transactional(readOnly = true)
    public CoverageReport of(Actor actor, String code, LocalDate on) {
        List<Place> places = geography.withCode(code == null ? "" : code.strip());
        if (places.isEmpty()) {
            throw new WorkforceChangeRefused("place", "workforce.coverage.place.unknown", String.valueOf(code));
        }
        Place place = places.stream().filter(p -> p.type() != PlaceType.WARD).findFirst().orElse(places.getFirst());
        return of(actor, place.id(), on);
    }

    @Transactional(readOnly = true)
    public CoverageReport of(Actor actor, UUID placeId, LocalDate on) {
        Place place = geography.require(placeId);
        LocalDate day = on == null ? today() : on;
        List<Place> wards = geography.wardsWithin(placeId);
        Map<UUID, List<AttachmentRow>> byWard = store.attachments(wards.stream().map(Place::id).toList(), day)
                .stream().filter(row -> visible(actor, row))
                .collect(Collectors.groupingBy(AttachmentRow::wardId));
        List<WardCover> covers = new ArrayList<>();
        for (Place ward : wards) {
            List<AttachmentRow> rows = byWard.getOrDefault(ward.id(), List.of());
            Set<SchemeRef> schemes = new LinkedHashSet<>();
            List<PcsoRef> pcsos = new ArrayList<>();
            for (AttachmentRow row : rows) {
                SchemeRef scheme = row.schemeId() == null ? SchemeRef.NONE
                        : new SchemeRef(row.schemeId(), row.schemeName(), row.funderName());
                schemes.add(scheme);
                pcsos.add(new PcsoRef(row.pcsoId(), row.pcsoName(), row.collarNumber(), scheme, row.role()));
            }
            covers.add(new WardCover(ward, List.copyOf(schemes), pcsos));
        }
        return new CoverageReport(place, day, covers);
    }

    private static boolean visible(Actor actor, AttachmentRow row) {
        return AccessPolicy.canSee(actor, Restricted.row("pcso", row.pcsoId(), row.forceId(),
                HandlingLevel.PARTNERSHIP))
                && (row.schemeId() == null || AccessPolicy.canSee(actor, Restricted.row("scheme", row.schemeId(),
                        row.funderId(), row.schemeHandling())));
    }
}
