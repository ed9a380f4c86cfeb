package uk.saferhub.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.identity.ApiKey;

/**
 * Takes in reports from Open311 clients: checks them whole before storing anything, places each in its ward and
 * areas, routes it by its service to the organisation responsible there, and flags a likely duplicate: a report of
 * the same service within 50 metres in the last 14 days.
 */
@Service
public class Open311Intake {

    static final double DUPLICATE_METRES = 50;
    static final Duration DUPLICATE_WINDOW = Duration.ofDays(14);
    /** The kinds of place whose code a client may give as address_id. */
    static final java.util.Set<PlaceType> ADDRESSABLE = java.util.EnumSet.of(PlaceType.WARD, PlaceType.LSOA,
            PlaceType.NEIGHBOURHOOD);
    private static final double EARTH_METRES = 6_371_008.8;

    private final ServiceCatalogue catalogue;
    private final RequestStore store;
    private final Geography geography;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    Open311Intake(ServiceCatalogue catalogue, RequestStore store, Geography geography, Directory directory,
            AuditTrail audit, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.geography = geography;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores a report posted with this key, or refuses it (400) with nothing stored. A key reports for its own
     * partnership: a report routed to an organisation outside the key's sharing agreements is refused with 403.
     */
    @Transactional
    public Report submit(NewReport posted, ApiKey key) {
        if (posted.serviceCode() == null || posted.serviceCode().isBlank()) {
            throw ReportChecks.bad("intake.open311.serviceCodeMissing");
        }
        uk.saferhub.intake.internal.Service service = catalogue.service(posted.serviceCode().strip())
                .orElseThrow(() -> ReportChecks.bad("intake.open311.serviceUnknown", posted.serviceCode().strip()));
        double[] point = ReportChecks.point(posted.lat(), posted.lng());
        String addressString = ReportChecks.limit(posted.addressString(), 500, "address_string");
        String addressId = ReportChecks.limit(posted.addressId(), 100, "address_id");
        if (point == null && addressString == null && addressId == null) {
            throw ReportChecks.bad("intake.open311.locationMissing");
        }
        Map<String, List<String>> attributes = ReportChecks.attributes(service, posted.attributes());
        String description = ReportChecks.limit(posted.description(), ReportChecks.DESCRIPTION_LIMIT, "description");
        String mediaUrl = ReportChecks.mediaUrl(posted.mediaUrl());
        Reporter reporter = checked(posted.reporter());
        String jurisdiction = ReportChecks.limit(posted.jurisdictionId(), 100, "jurisdiction_id");

        Instant now = clock.instant();
        List<Place> places = point == null ? placesOfAddress(addressId) : geography.locate(point[0], point[1]);
        UUID ward = places.stream().filter(place -> place.type() == PlaceType.WARD).map(Place::id).findFirst()
                .orElse(null);
        UUID organisation = route(places, service.responsibility()).orElse(null);
        if (organisation != null && !organisation.equals(key.organisationId())
                && !directory.partnersOf(key.organisationId()).contains(organisation)) {
            throw new Open311Refused(403, "intake.open311.otherPartnership");
        }
        Long duplicate = point == null ? null : likelyDuplicate(service.code(), point[0], point[1], now)
                .map(Report::id).orElse(null);
        Report report = new Report(0, UUID.randomUUID(), service.code(), service.name(), "open", null,
                point == null ? null : point[0], point == null ? null : point[1], addressString, addressId, ward,
                organisation, description, mediaUrl, duplicate, now, now);
        long id = store.insert(report, places.stream().map(Place::id).toList(), attributes, reporter, jurisdiction,
                key.id());
        audit.record(new AuditEntry(AuditEntry.ActorKind.API_KEY, key.id(), key.name(), key.organisationId(),
                AuditAction.CREATE, "intake-request", String.valueOf(id),
                "Open311 report " + id + " received: " + service.name(), Changes.none()));
        return new Report(id, report.token(), report.serviceCode(), report.serviceName(), report.status(), null,
                report.latitude(), report.longitude(), addressString, addressId, ward, organisation, description,
                mediaUrl, duplicate, now, now);
    }

    /**
     * The places of a report given only an address_id: SaferHub's addressing system is the geography, so an address_id
     * that is the code of a ward or a smaller place with a boundary (an LSOA, a neighbourhood) places the report
     * where that place lies, with the ward and areas around it. Any other address_id is kept as it came, unplaced.
     */
    private List<Place> placesOfAddress(String addressId) {
        if (addressId == null) {
            return List.of();
        }
        return geography.withCode(addressId).stream()
                .filter(place -> ADDRESSABLE.contains(place.type()) && place.hasBoundary())
                .findFirst()
                .flatMap(place -> geography.boundary(place.id()))
                .map(boundary -> boundary.getInteriorPoint())
                .map(inside -> geography.locate(inside.getY(), inside.getX()))
                .orElse(List.of());
    }

    /** The organisation dealing with this kind of service at the most specific of the places that has one. */
    Optional<UUID> route(List<Place> places, uk.saferhub.intake.internal.Service.Responsibility responsibility) {
        Map<UUID, UUID> routes = store.routes(places.stream().map(Place::id).toList(), responsibility);
        List<Place> smallestFirst = new ArrayList<>(places);
        smallestFirst.sort(Comparator.comparing(Place::type).reversed());
        return smallestFirst.stream().map(place -> routes.get(place.id())).filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** The nearest report of the service within 50 metres of the point in the last 14 days. */
    Optional<Report> likelyDuplicate(String serviceCode, double latitude, double longitude, Instant now) {
        double latDelta = Math.toDegrees(DUPLICATE_METRES / EARTH_METRES) * 1.01;
        double lngDelta = latDelta / Math.max(Math.cos(Math.toRadians(latitude)), 0.01);
        return store.near(serviceCode, latitude - latDelta, latitude + latDelta, longitude - lngDelta,
                        longitude + lngDelta, now.minus(DUPLICATE_WINDOW)).stream()
                .filter(other -> metres(latitude, longitude, other.latitude(), other.longitude()) <= DUPLICATE_METRES)
                .min(Comparator.comparingDouble(other -> metres(latitude, longitude, other.latitude(),
                        other.longitude())));
    }

    /** The great-circle distance between two points, in metres. */
    static double metres(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static Reporter checked(Reporter reporter) {
        return new Reporter(ReportChecks.limit(reporter.email(), 200, "email"),
                ReportChecks.limit(reporter.deviceId(), 200, "device_id"),
                ReportChecks.limit(reporter.accountId(), 200, "account_id"),
                ReportChecks.limit(reporter.firstName(), 100, "first_name"),
                ReportChecks.limit(reporter.lastName(), 100, "last_name"),
                ReportChecks.limit(reporter.phone(), 40, "phone"));
    }
}
