package uk.saferhub.crimedata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.crimedata.ControlLimits.Signal;
import uk.saferhub.crimedata.CrimeAnalysis;
import uk.saferhub.crimedata.CrimeHotspots;
import uk.saferhub.crimedata.CrimeQuery;
import uk.saferhub.crimedata.CrimeQueryRefused;
import uk.saferhub.crimedata.CrimeSummary;
import uk.saferhub.crimedata.CrimeSummary.Figure;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The crime analysis of a district of four square wards with two years of rows written here (months of 2014 and 2015,
 * which no real file in the tests holds): totals and changes, control limits, breakdowns, rankings checked against
 * plain SQL, a Gi* hot spot where the burglaries cluster, and the page and API with who may use them.
 */
@SaferHubTest
class CrimeAnalysisTests {

    /** Crimes a month in the north ward, January 2014 to December 2015; December 2015 jumps. */
    private static final long[] NORTH = {20, 22, 19, 21, 23, 20, 18, 22, 21, 20, 19, 21,
        22, 21, 20, 23, 22, 19, 21, 20, 22, 21, 20, 48};
    private static final YearMonth FIRST = YearMonth.of(2014, 1);

    @Autowired
    CrimeAnalysis analysis;
    @Autowired
    PlaceStore places;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers users;
    @Autowired
    ApiKeys keys;

    private Place district;
    private Place north;
    private Place south;

    @BeforeEach
    void twoYearsOfCrimeInAFourWardDistrict() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        district = place(PlaceType.DISTRICT, "CD" + suffix, "Crime district " + suffix, null, 0, 0, 4, 4);
        north = place(PlaceType.WARD, "CN" + suffix, "North " + suffix, district.id(), 0, 2, 4, 4);
        south = place(PlaceType.WARD, "CS" + suffix, "South " + suffix, district.id(), 0, 0, 4, 2);
        for (int i = 0; i < NORTH.length; i++) {
            YearMonth month = FIRST.plusMonths(i);
            partition(month);
            for (long n = 0; n < NORTH[i]; n++) {
                row(month, "Anti-social behaviour", north.id(), 51.8 + 0.025 + (n % 5) * 0.003,
                        -0.2 + 0.005 + (n % 7) * 0.005, "On or near Park Road " + (n % 7));
            }
            for (int n = 0; n < 5; n++) {
                row(month, "Burglary", south.id(), 51.8 + 0.0105, -0.2 + 0.0305, "On or near Mill Lane");
            }
            row(month, "Robbery", south.id(), 51.8 + 0.005, -0.2 + 0.005, "On or near Station Road");
            uk.saferhub.support.CrimeTally.recount(jdbc, "dorset", month);
        }
    }

    @Test
    void totalsAndChangesAgainstThePreviousPeriodAndLastYear() {
        CrimeQuery query = query(YearMonth.of(2015, 7), YearMonth.of(2015, 12));
        CrimeSummary summary = analysis.summary(query);

        long now = sum(18, 23) + 6 * 6;
        long previous = sum(12, 17) + 6 * 6;
        long lastYear = sum(6, 11) + 6 * 6;
        assertThat(summary.total().now()).isEqualTo(now);
        assertThat(summary.total().previous()).isEqualTo(previous);
        assertThat(summary.total().lastYear()).isEqualTo(lastYear);
        assertThat(summary.total().againstPrevious()).isCloseTo(100.0 * (now - previous) / previous, within(1e-9));
        assertThat(summary.months()).hasSize(6);
        assertThat(summary.months().getLast().count()).isEqualTo(48 + 6);
        Figure burglary = summary.categories().stream().filter(f -> f.key().equals("Burglary")).findFirst()
                .orElseThrow();
        assertThat(burglary.count().now()).isEqualTo(30);
        assertThat(burglary.harm()).isEqualTo(30 * 40.0);
        assertThat(summary.categories()).filteredOn(Figure::environmental).extracting(Figure::key)
                .containsExactly("Anti-social behaviour");
        assertThat(summary.wards()).extracting(Figure::name).containsExactly(north.name(), south.name());
        assertThat(summary.placeName()).isEqualTo(district.name());
    }

    @Test
    void theEarliestPeriodHasNothingToCompareWith() {
        CrimeSummary summary = analysis.summary(query(YearMonth.of(2014, 1), YearMonth.of(2014, 3)));

        assertThat(summary.total().previous()).isNull();
        assertThat(summary.total().lastYear()).isNull();
        assertThat(summary.trend().limits()).as("two months of baseline, four needed").isNull();
        assertThat(analysis.summary(query(YearMonth.of(2014, 1), YearMonth.of(2014, 6))).trend().limits()
                .baselineMonths()).as("January to May 2014").isEqualTo(5);
    }

    @Test
    void theJumpOfDecemberIsBeyondTheControlLimitsOfTheTwelveMonthsBefore() {
        CrimeSummary summary = analysis.summary(query(YearMonth.of(2015, 1), YearMonth.of(2015, 12)));

        // Baseline December 2014 to November 2015, each month's north count plus six in the south.
        double[] baseline = new double[12];
        for (int i = 0; i < 12; i++) {
            baseline[i] = NORTH[11 + i] + 6;
        }
        double mean = 0;
        double ranges = 0;
        for (int i = 0; i < 12; i++) {
            mean += baseline[i] / 12;
            if (i > 0) {
                ranges += Math.abs(baseline[i] - baseline[i - 1]) / 11;
            }
        }
        assertThat(summary.trend().limits().centre()).isCloseTo(mean, within(1e-9));
        assertThat(summary.trend().limits().upper()).isCloseTo(mean + 2.66 * ranges, within(1e-9));
        assertThat(summary.trend().signal()).isEqualTo(Signal.ABOVE);

        CrimeSummary november = analysis.summary(query(YearMonth.of(2014, 12), YearMonth.of(2015, 11)));
        assertThat(november.trend().signal()).isEqualTo(Signal.WITHIN);
    }

    @Test
    void rankingsAgreeWithPlainSqlAndTheBurglariesAreASignificantHotSpot() {
        CrimeQuery query = query(YearMonth.of(2015, 1), YearMonth.of(2015, 12));
        CrimeHotspots hotspots = analysis.hotspots(query, 5);

        String byCount = jdbc.sql("select location from crimedata_street where ward_id = any(?) and month between "
                + "? and ? group by location, latitude, longitude order by count(*) desc, location limit 1")
                .params(new UUID[] {north.id(), south.id()}, Date.valueOf("2015-01-01"), Date.valueOf("2015-12-01"))
                .query(String.class).single();
        assertThat(hotspots.locationsByCount().getFirst().name()).isEqualTo(byCount);
        assertThat(hotspots.locationsByHarm().getFirst().name()).as("robbery weighs 365 days a crime")
                .isEqualTo("On or near Station Road");
        assertThat(hotspots.locationsByHarm().get(1).name()).isEqualTo("On or near Mill Lane");
        assertThat(hotspots.wardsByCount().getFirst().name()).isEqualTo(north.name());
        assertThat(hotspots.wardsByHarm().getFirst().name()).isEqualTo(south.name());
        assertThat(hotspots.hotCells()).isNotEmpty();
        assertThat(hotspots.hotCells()).anySatisfy(cell -> {
            assertThat(cell.south()).isLessThanOrEqualTo(51.8 + 0.005);
            assertThat(cell.north()).isGreaterThan(51.8 + 0.005);
            assertThat(cell.confidence()).isGreaterThanOrEqualTo(95);
        });
    }

    @Test
    void unknownPlacesForcesTypesAndBackwardsMonthsAreRefused() {
        assertThatThrownBy(() -> analysis.resolve(UUID.randomUUID(), null, null, null, null))
                .isInstanceOf(CrimeQueryRefused.class);
        assertThatThrownBy(() -> analysis.resolve(null, "atlantis", null, null, null))
                .isInstanceOf(CrimeQueryRefused.class);
        assertThatThrownBy(() -> analysis.resolve(null, null, null, null, List.of("Piracy")))
                .isInstanceOf(CrimeQueryRefused.class);
        assertThatThrownBy(() -> analysis.resolve(district.id(), null, YearMonth.of(2015, 5), YearMonth.of(2015, 1),
                null)).isInstanceOf(CrimeQueryRefused.class);
    }

    @Test
    void thePageShowsTheFiguresToEverySignedInUserAndNoOneElse() throws Exception {
        String url = "/crime?place=" + district.id() + "&from=2015-01&to=2015-12";
        AccessMatrix.forPage(mvc, url).anonymousRedirectsToSignIn()
                .okFor(users.as("mstenton"), users.as("herts.police"), users.as("ene.homes"), users.as("panel.member"));
        mvc.perform(get(url).with(users.as("krowan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(north.name())))
                .andExpect(content().string(containsString("On or near Station Road")))
                .andExpect(content().string(containsString("above the upper control limit")))
                .andExpect(content().string(containsString("crime-hotspot-map")))
                .andExpect(content().string(containsString("Getis-Ord Gi*")));
        mvc.perform(get("/crime?place=nowhere-at-all").with(users.as("krowan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("There is no place with the code nowhere-at-all")));
        mvc.perform(get("/crime?from=March").with(users.as("krowan")))
                .andExpect(content().string(containsString("is not a month")));
    }

    @Test
    void theApiAnswersSummaryTrendAndHotspotsAndRefusesBadInputAsProblems() throws Exception {
        String query = "?place=" + district.code() + "&from=2015-01&to=2015-12";
        for (String path : List.of("summary", "trend", "hotspots")) {
            AccessMatrix.forApi(mvc, "/api/v1/crime/" + path + query).anonymousUnauthorised();
        }
        mvc.perform(get("/api/v1/crime/summary" + query).with(keys.of("herts.coordinator", Role.READER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.count").value(sum(12, 23) + 72))
                .andExpect(jsonPath("$.controlLimits.signal").value("ABOVE"))
                .andExpect(jsonPath("$.wards[0].name").value(north.name()));
        mvc.perform(get("/api/v1/crime/trend" + query + "&category=Burglary")
                        .with(keys.of("herts.coordinator", Role.READER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months.length()").value(12))
                .andExpect(jsonPath("$.months[0].count").value(5));
        mvc.perform(get("/api/v1/crime/hotspots" + query).with(users.as("mstenton")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locationsByHarm[0].name").value("On or near Station Road"))
                .andExpect(jsonPath("$.hotSpots[0].confidence").exists());
        for (String bad : List.of("?place=E99999999", "?from=2015-13", "?force=atlantis", "?category=Piracy",
                "?from=2015-06&to=2015-01")) {
            mvc.perform(get("/api/v1/crime/summary" + bad).with(keys.of("herts.coordinator", Role.READER)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(get("/api/v1/crime/hotspots" + query + "&top=0").with(users.as("mstenton")))
                .andExpect(status().isBadRequest());
    }

    private CrimeQuery query(YearMonth from, YearMonth to) {
        return analysis.resolve(district.id(), null, from, to, null).orElseThrow();
    }

    private static long sum(int first, int last) {
        long sum = 0;
        for (int i = first; i <= last; i++) {
            sum += NORTH[i];
        }
        return sum;
    }

    private void partition(YearMonth month) {
        jdbc.sql("create table if not exists crimedata_street_%04d_%02d partition of crimedata_street for values "
                .formatted(month.getYear(), month.getMonthValue()) + "from ('" + month.atDay(1) + "') to ('"
                + month.plusMonths(1).atDay(1) + "')").update();
    }

    private void row(YearMonth month, String type, UUID ward, double latitude, double longitude, String location) {
        jdbc.sql("insert into crimedata_street (force_key, month, reported_by, falls_within, longitude, latitude, "
                + "location, lsoa_code, lsoa_name, crime_type, ward_id) values ('dorset', ?, 'Dorset Police', "
                + "'Dorset Police', ?, ?, ?, 'E01099999', 'Crime district 001A', ?, ?)")
                .params(Date.valueOf(month.atDay(1)), longitude, latitude, location, type, ward).update();
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
}
