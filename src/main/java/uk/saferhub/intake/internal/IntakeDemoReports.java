package uk.saferhub.intake.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.shared.demo.DemoDataContributor;

/**
 * The demonstration's Open311 reports: the first anti-social behaviour records of West Yorkshire Police's February
 * 2025 street-level data for Leeds (reference data, crime-street/leeds) that lie in a Leeds ward, as anti-social
 * behaviour reports at their real (anonymised) points, placed and routed as a posted report is. The data gives the
 * month only, so each is dated the first of the month. No reporter: the data has none. Loaded once, when the
 * reference data is there and after the routes; audited as the system's.
 */
@Component
class IntakeDemoReports implements DemoDataContributor {

    static final String FILE = "crime-street/leeds/crimedataleeds.csv";
    static final int REPORTS = 12;

    private final SaferHubProperties properties;
    private final Open311Intake intake;
    private final ServiceCatalogue catalogue;
    private final RequestStore store;
    private final Geography geography;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    IntakeDemoReports(SaferHubProperties properties, Open311Intake intake, ServiceCatalogue catalogue,
            RequestStore store, Geography geography, AuditTrail audit, JdbcClient jdbc) {
        this.properties = properties;
        this.intake = intake;
        this.catalogue = catalogue;
        this.store = store;
        this.geography = geography;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public void load(JsonNode partnership) {
        Path file = properties.referenceDataPath().resolve(FILE);
        boolean loaded = jdbc.sql("select count(*) from intake_request where submitted_by_api_key is null")
                .query(Long.class).single() > 0;
        Service asb = catalogue.service("ASB").orElse(null);
        if (loaded || asb == null || !Files.isRegularFile(file)) {
            return;
        }
        int made = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            for (CSVRecord row : rows) {
                if (made == REPORTS) {
                    break;
                }
                if (row.get("Crime type").equals("Anti-social behaviour") && !row.get("Latitude").isBlank()
                        && report(asb, row)) {
                    made++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores the row as a report when a Leeds ward holds its point. */
    private boolean report(Service service, CSVRecord row) {
        double lat = Double.parseDouble(row.get("Latitude"));
        double lng = Double.parseDouble(row.get("Longitude"));
        List<Place> places = geography.locate(lat, lng);
        UUID ward = places.stream().filter(place -> place.type() == PlaceType.WARD).map(Place::id).findFirst()
                .orElse(null);
        if (ward == null) {
            return false;
        }
        var when = LocalDate.parse("01-" + row.get("Month"), DateTimeFormatter.ofPattern("dd-MMM-yy", Locale.UK))
                .atTime(12, 0).toInstant(ZoneOffset.UTC);
        Long duplicate = intake.likelyDuplicate(service.code(), lat, lng, when).map(Report::id).orElse(null);
        Report report = new Report(0, UUID.randomUUID(), service.code(), service.name(), "open", null, lat, lng,
                row.get("Location"), null, ward, intake.route(places, service.responsibility()).orElse(null),
                null, null, duplicate, when, when);
        long id = store.insert(report, places.stream().map(Place::id).toList(), Map.of(),
                new Reporter(null, null, null, null, null, null), null, null);
        audit.record(AuditEntry.system(AuditAction.CREATE, "intake-request", id,
                "Demonstration report " + id + ": " + service.name() + " " + row.get("Location"), Changes.none()));
        return true;
    }
}
