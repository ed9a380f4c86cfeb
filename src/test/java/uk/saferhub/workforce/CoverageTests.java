package uk.saferhub.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.shared.ChangeRefused;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.RefusalWords;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.workforce.internal.Coverage;
import uk.saferhub.workforce.internal.CoverageReport.WardCover;
import uk.saferhub.workforce.internal.CoverageReport;

/**
 * Coverage on a small district of four fixture wards: a county scheme's PCSO and a force PCSO cover some, one ward is
 * covered by both, one by none; PCSOs who have left, attachments that ended and forces outside the viewer's
 * partnership do not count.
 */
@SaferHubTest
class CoverageTests {

    @Autowired
    Coverage coverage;
    @Autowired
    PlaceStore places;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers users;
    @Autowired
    ApiKeys keys;
    @Autowired
    MockMvc mvc;

    private Place district;
    private Place north;
    private Place south;
    private Place east;
    private Place west;
    private UUID countyScheme;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void aDistrictOfFourWards() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        district = place(PlaceType.DISTRICT, "TD" + suffix, "Test district " + suffix, null, 0, 0, 2, 2);
        north = place(PlaceType.WARD, "TN" + suffix, "North " + suffix, district.id(), 0, 1, 1, 2);
        south = place(PlaceType.WARD, "TS" + suffix, "South " + suffix, district.id(), 0, 0, 1, 1);
        east = place(PlaceType.WARD, "TE" + suffix, "East " + suffix, district.id(), 1, 0, 2, 1);
        west = place(PlaceType.WARD, "TW" + suffix, "West " + suffix, district.id(), 1, 1, 2, 2);
        countyScheme = scheme("Hertfordshire County Council", "County funded PCSOs " + suffix);
        UUID herts = organisation("Hertfordshire Constabulary");
        UUID countyPcso = pcso("County PCSO " + suffix, herts, countyScheme, "ACTIVE");
        UUID forcePcso = pcso("Force PCSO " + suffix, herts, null, "ACTIVE");
        attach(countyPcso, north, today.minusMonths(6), null);
        attach(countyPcso, east, today.minusMonths(6), null);
        attach(forcePcso, east, today.minusMonths(2), null);
        UUID leaver = pcso("Former PCSO " + suffix, herts, countyScheme, "LEFT");
        attach(leaver, south, today.minusYears(2), null);
        UUID moved = pcso("Moved PCSO " + suffix, herts, null, "ACTIVE");
        attach(moved, west, today.minusYears(1), today.minusDays(1));
    }

    @Test
    void wardsAreCoveredUncoveredOrCoveredBySeveralSchemes() {
        CoverageReport report = coverage.of(users.actor("herts.coordinator"), district.code(), today);

        assertThat(report.wards()).hasSize(4);
        assertThat(names(report.covered())).containsExactlyInAnyOrder(north.name(), east.name());
        assertThat(names(report.uncovered())).as("the leaver's and the ended attachment's wards are open")
                .containsExactlyInAnyOrder(south.name(), west.name());
        assertThat(names(report.overlapping())).containsExactly(east.name());
        assertThat(report.pcsoCount()).isEqualTo(2);
        assertThat(report.wardsByScheme().keySet()).extracting(CoverageReport.SchemeRef::name)
                .contains("Not in a funding scheme").anyMatch(name -> name.startsWith("County funded PCSOs"));
    }

    @Test
    void onAnEarlierDayTheEndedAttachmentStillCovers() {
        CoverageReport report = coverage.of(users.actor("herts.coordinator"), district.code(), today.minusDays(7));

        assertThat(names(report.covered())).contains(west.name());
        assertThat(names(report.covered())).doesNotContain(south.name());
    }

    @Test
    void attachmentsOfAForceOutsideThePartnershipDoNotCount() {
        CoverageReport report = coverage.of(users.actor("mstenton"), district.code(), today);

        assertThat(report.wards()).hasSize(4);
        assertThat(report.covered()).isEmpty();
    }

    @Test
    void anUnknownCodeIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> coverage.of(users.actor("herts.coordinator"), "E99999999", today))
                .isInstanceOf(ChangeRefused.class)
                .extracting(RefusalWords::of, STRING).contains("No place has the code E99999999");
    }

    @Test
    void theApiListsCoveredUncoveredAndOverlappingWardsWithTheirSchemesAndPcsos() throws Exception {
        AccessMatrix.forApi(mvc, "/api/v1/coverage?place=" + district.code()).anonymousUnauthorised();
        mvc.perform(get("/api/v1/coverage").param("place", district.code())
                        .with(keys.of("herts.coordinator", Role.READER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wards").value(4))
                .andExpect(jsonPath("$.uncovered[*].code").value(org.hamcrest.Matchers.containsInAnyOrder(
                        south.code(), west.code())))
                .andExpect(jsonPath("$.overlapping[0].code").value(east.code()))
                .andExpect(jsonPath("$.overlapping[0].schemes.length()").value(2))
                .andExpect(jsonPath("$.overlapping[0].pcsos.length()").value(2));
        mvc.perform(get("/api/v1/coverage").param("place", "E99999999")
                        .with(keys.of("herts.coordinator", Role.READER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/coverage").param("place", district.code()).param("on", "yesterday")
                        .with(keys.of("herts.coordinator", Role.READER)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theCoveragePageShowsEachWardsStateToPartners() throws Exception {
        AccessMatrix.forPage(mvc, "/workforce/coverage?place=" + district.code()).anonymousRedirectsToSignIn()
                .okFor(users.as("herts.coordinator"), users.as("harpenden.clerk"));
        mvc.perform(get("/workforce/coverage").param("place", district.code()).with(users.as("harpenden.clerk")))
                .andExpect(content().string(containsString("Not covered")))
                .andExpect(content().string(containsString("Covered by several schemes")))
                .andExpect(content().string(containsString(north.name())));
        mvc.perform(get("/workforce/coverage").param("place", "nowhere").with(users.as("harpenden.clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("No place has the code nowhere")));
    }

    private static List<String> names(List<WardCover> wards) {
        return wards.stream().map(ward -> ward.ward().name()).toList();
    }

    private Place place(PlaceType type, String code, String name, UUID parent, double x0, double y0, double x1,
            double y1) {
        Geometry square = PlaceStore.WGS84.createPolygon(new Coordinate[] {new Coordinate(-0.2 + x0 / 100,
                51.8 + y0 / 100), new Coordinate(-0.2 + x1 / 100, 51.8 + y0 / 100),
            new Coordinate(-0.2 + x1 / 100, 51.8 + y1 / 100), new Coordinate(-0.2 + x0 / 100, 51.8 + y1 / 100),
            new Coordinate(-0.2 + x0 / 100, 51.8 + y0 / 100)});
        Place place = new Place(UUID.randomUUID(), type, code, name, parent, 1.0, 1000, false, true, "test");
        places.insert(place, square, Instant.now());
        return place;
    }

    private UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }

    private UUID scheme(String funder, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into workforce_scheme (id, name, funder_id, share_percent, posts, period_from, conditions,
                    created_at, updated_at) values (?, ?, ?, 100, 2, ?, 'Wards not covered by any other PCSO scheme',
                    now(), now())""")
                .params(id, name, organisation(funder), Date.valueOf(today.minusYears(1))).update();
        return id;
    }

    private UUID pcso(String name, UUID force, UUID scheme, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into workforce_pcso (id, name, collar_number, force_id, scheme_id, start_date, status,
                    created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, now(), now())""")
                .params(id, name, id.toString().substring(0, 8), force, scheme, Date.valueOf(today.minusYears(3)),
                        status).update();
        return id;
    }

    private void attach(UUID pcso, Place ward, LocalDate from, LocalDate to) {
        jdbc.sql("""
                insert into workforce_attachment (id, pcso_id, ward_id, role, from_date, to_date, created_at)
                values (?, ?, ?, 'DESIGNATED', ?, ?, ?)""")
                .params(UUID.randomUUID(), pcso, ward.id(), Date.valueOf(from), to == null ? null : Date.valueOf(to),
                        Timestamp.from(Instant.now())).update();
    }
}
