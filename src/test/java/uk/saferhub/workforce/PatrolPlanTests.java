package uk.saferhub.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.crimedata.CrimeAnalysis;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.ChangeRefused;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.RefusalWords;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.workforce.internal.PatrolPlan;
import uk.saferhub.workforce.internal.PatrolPlans;
import uk.saferhub.workforce.internal.PatrolShifts;
import uk.saferhub.workforce.internal.PatrolVisit;
import uk.saferhub.workforce.internal.Pcso;
import uk.saferhub.workforce.internal.PcsoFilter;
import uk.saferhub.workforce.internal.Workforce;

/**
 * Patrol plans for East North East Leeds: its four PCSOs' demonstration shifts, and a robbery hot spot written here
 * into Gipton & Harehills in the latest month of crime held. Who may propose, read and adjust (police of the force
 * only; council officers and other forces find nothing), why each place is in the plan, two people adjusting at once,
 * and the PCSO's own visits.
 */
@SaferHubTest
class PatrolPlanTests {

    @Autowired
    PatrolPlans plans;
    @Autowired
    PatrolShifts shifts;
    @Autowired
    Workforce workforce;
    @Autowired
    Geography geography;
    @Autowired
    CrimeAnalysis analysis;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers users;

    private Place ene;
    private String street;
    private LocalDate monday;

    @BeforeEach
    void aRobberyHotSpotInGiptonAndHarehills() {
        ene = geography.places(PlaceType.CITY_AREA).stream().filter(p -> p.name().equals("East North East"))
                .findFirst().orElseThrow();
        Place gipton = geography.places(PlaceType.WARD).stream().filter(p -> p.name().equals("Gipton & Harehills"))
                .findFirst().orElseThrow();
        YearMonth month = analysis.resolve(ene.id(), null, null, null, null).map(q -> q.to())
                .orElse(YearMonth.of(2025, 2));
        jdbc.sql("create table if not exists crimedata_street_%04d_%02d partition of crimedata_street for values "
                .formatted(month.getYear(), month.getMonthValue()) + "from ('" + month.atDay(1) + "') to ('"
                + month.plusMonths(1).atDay(1) + "')").update();
        street = "On or near Patrol Test Street " + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 30; i++) {
            jdbc.sql("insert into crimedata_street (force_key, month, reported_by, falls_within, longitude, latitude, "
                    + "location, crime_type, ward_id) values ('west-yorkshire', ?, 'West Yorkshire Police', "
                    + "'West Yorkshire Police', -1.5021, 53.8139, ?, 'Robbery', ?)")
                    .params(Date.valueOf(month.atDay(1)), street, gipton.id()).update();
        }
        uk.saferhub.support.CrimeTally.recount(jdbc, "west-yorkshire", month);
        monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    @Test
    void theInspectorProposesAPlanWhoseMostHarmfulPlaceIsVisitedInSeveralShiftsWithItsReasons() {
        PatrolPlan plan = plans.propose(users.actor("ene.inspector"), ene.id(), monday, 40);

        assertThat(plan.visits()).isNotEmpty();
        List<PatrolVisit> top = plan.visits().stream().filter(v -> v.location().equals(street)).toList();
        assertThat(top).as("thirty robberies: the most harm in the area").hasSizeGreaterThan(2);
        assertThat(top.stream().map(v -> v.day() + " " + v.pcsoId()).collect(Collectors.toSet()))
                .as("repeats in different shifts").hasSize(top.size());
        assertThat(top.getFirst().reason()).contains("30 crimes", "10,950 days of harm", "30 robbery", "Visit");
        Set<UUID> enePcsos = workforce.allPcsos(PcsoFilter.all()).stream()
                .filter(p -> List.of("3301", "3302", "3303", "3304").contains(p.collarNumber()))
                .map(Pcso::id).collect(Collectors.toSet());
        assertThat(plan.visits()).allSatisfy(visit -> {
            assertThat(enePcsos).contains(visit.pcsoId());
            assertThat(visit.day()).isBetween(monday, monday.plusDays(6));
            assertThat(visit.minutes()).isEqualTo(15);
        });
    }

    @Test
    void onlyThePoliceOfTheForceSeeAPlanAndEveryViewIsAudited() throws Exception {
        PatrolPlan plan = plans.propose(users.actor("ene.inspector"), ene.id(), monday, 30);
        String url = "/workforce/patrol-plans/" + plan.id();
        AccessMatrix.forPage(mvc, url).anonymousRedirectsToSignIn()
                .notFoundFor(users.as("mstenton"), users.as("ene.homes"), users.as("herts.police"),
                        users.as("leeds.admin"))
                .okFor(users.as("ene.inspector"), users.as("pcso3301"));
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'patrol-plan' and record_id = ? "
                + "and action = 'VIEW'").param(plan.id().toString()).query(Long.class).single()).isPositive();
        Document list = Jsoup.parse(mvc.perform(get("/workforce/patrol-plans").with(users.as("mstenton")))
                .andReturn().getResponse().getContentAsString());
        assertThat(list.text()).doesNotContain(plan.id().toString());
        AccessMatrix.forPage(mvc, "/workforce/patrol-plans/new").forbiddenFor(users.as("krowan"), users.as("ene.homes"))
                .okFor(users.as("ene.inspector"));
    }

    @Test
    void theSecondOfTwoAdjustingAtOnceIsToldAndLosesNothing() throws Exception {
        PatrolPlan plan = plans.propose(users.actor("ene.inspector"), ene.id(), monday, 30);
        PatrolVisit first = plan.visits().getFirst();
        PatrolVisit second = plan.visits().get(1);

        mvc.perform(post("/workforce/patrol-plans/" + plan.id() + "/visits/" + first.id() + "/remove")
                        .param("version", String.valueOf(plan.version())).with(csrf()).with(users.as("ene.inspector")))
                .andExpect(status().is3xxRedirection());
        Document stale = Jsoup.parse(mvc.perform(post("/workforce/patrol-plans/" + plan.id() + "/visits/" + second.id()
                        + "/remove").param("version", String.valueOf(plan.version())).with(csrf())
                        .with(users.as("ene.inspector"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone changed this plan");

        PatrolPlan now = plans.plan(users.actor("ene.inspector"), plan.id());
        assertThat(now.visits()).hasSize(plan.visits().size() - 1);
        assertThat(now.visits()).extracting(PatrolVisit::id).contains(second.id()).doesNotContain(first.id());
        UUID shift = plans.shiftsOf(now).getFirst().id();
        PatrolVisit added = plans.add(users.actor("ene.inspector"), plan.id(), shift,
                PatrolPlans.key(plans.candidates(now).getFirst()), now.version());
        assertThat(added.adjusted()).isTrue();
        assertThat(added.reason()).contains("Added by hand");
        assertThatThrownBy(() -> plans.remove(users.actor("pcso3301"), plan.id(), added.id(), now.version() + 1))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class)
                .as("a PCSO reads the plan; an inspector adjusts it");
    }

    @Test
    void aPcsoSeesTheirOwnVisits() throws Exception {
        PatrolPlan plan = plans.propose(users.actor("ene.inspector"), ene.id(), monday, 50);
        UUID pcso3301 = workforce.allPcsos(PcsoFilter.all()).stream().filter(p -> p.collarNumber().equals("3301"))
                .findFirst().orElseThrow().id();
        long theirs = plan.visits().stream().filter(v -> v.pcsoId().equals(pcso3301)).count();
        assertThat(theirs).isPositive();

        List<PatrolVisit> mine = plans.mine(users.actor("pcso3301"));
        assertThat(mine).isNotEmpty().allSatisfy(v -> assertThat(v.pcsoId()).isEqualTo(pcso3301));
        Document page = Jsoup.parse(mvc.perform(get("/workforce/patrol-plans/mine").with(users.as("pcso3301")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("ul.govuk-list li")).hasSizeGreaterThanOrEqualTo((int) theirs);
        assertThat(plans.mine(users.actor("ene.inspector"))).as("not a PCSO").isEmpty();
    }

    @Test
    void aPlanIsRefusedWithoutPcsosOfTheForceOrWithABadShare() {
        Place stAlbans = geography.place(PlaceType.DISTRICT, "E07000240").orElseThrow();
        assertThatThrownBy(() -> plans.propose(users.actor("ene.inspector"), stAlbans.id(), monday, 40))
                .isInstanceOf(ChangeRefused.class).extracting(RefusalWords::of).asString()
                .contains("No PCSOs of your force");
        assertThatThrownBy(() -> plans.propose(users.actor("ene.inspector"), ene.id(), monday, 150))
                .isInstanceOf(ChangeRefused.class);
        assertThatThrownBy(() -> plans.propose(users.actor("ene.inspector"), ene.id(), monday.plusDays(1), 40))
                .isInstanceOf(ChangeRefused.class).extracting(RefusalWords::of).asString().contains("Monday");
    }

    @Test
    void shiftsAreKeptByTheForceAndOverlapsRefused() throws Exception {
        // A St Neots PCSO, so the East North East plans above keep their demonstration shifts.
        Pcso pcso = workforce.allPcsos(PcsoFilter.all()).stream().filter(p -> p.collarNumber().equals("7101"))
                .findFirst().orElseThrow();
        String url = "/workforce/pcsos/" + pcso.id() + "/shifts";
        AccessMatrix.forPage(mvc, url).anonymousRedirectsToSignIn().okFor(users.as("central.sergeant"));
        var existing = shifts.of(users.actor("central.sergeant"), pcso.id()).getFirst();
        Document overlapping = Jsoup.parse(mvc.perform(post(url).param("day", existing.day().name())
                .param("starts", existing.starts().plusHours(1).toString()).param("ends",
                        existing.starts().plusHours(2).toString()).with(csrf()).with(users.as("central.sergeant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(overlapping.select(".govuk-error-summary").text()).contains("overlaps another");
        mvc.perform(post(url).param("day", "THURSDAY").param("starts", "07:00").param("ends", "15:00").with(csrf())
                .with(users.as("ewilson"))).andExpect(status().isForbidden()); // a council partner sees, not keeps
        mvc.perform(post(url).param("day", "THURSDAY").param("starts", "07:00").param("ends", "15:00").with(csrf())
                .with(users.as("ene.inspector"))).andExpect(status().isNotFound());
        int before = shifts.of(users.actor("central.sergeant"), pcso.id()).size();
        mvc.perform(post(url).param("day", "SUNDAY").param("starts", "23:00").param("ends", "07:00").with(csrf())
                .with(users.as("central.sergeant"))).andExpect(status().is3xxRedirection());
        assertThat(shifts.of(users.actor("central.sergeant"), pcso.id())).hasSize(before + 1)
                .anySatisfy(shift -> assertThat(shift.minutes()).isEqualTo(480));
    }
}
