package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.NewMeeting;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.internal.CycleReview;
import uk.saferhub.tasking.internal.CycleState;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.Rag;
import uk.saferhub.tasking.internal.ReviewDecision;
import uk.saferhub.tasking.internal.ReviewEntry;
import uk.saferhub.tasking.internal.ReviewRefused;
import uk.saferhub.tasking.internal.ReviewRow;

/**
 * The cycle review of a tasking group's meeting: a priority's history across three reviews (carried, amended,
 * closed), a close without an outcome and a stale line refused with nothing stored, and a priority not reviewed at
 * one meeting flagged at the next. Each test holds its meetings in a year of its own, far ahead.
 */
@SaferHubTest
class TaskingReviewTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TaskingTestData data;

    @Autowired
    TaskingReviews reviews;

    @Autowired
    TaskingEditor editor;

    @Autowired
    Tasking tasking;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    uk.saferhub.meetings.Meetings meetings;

    @Test
    void aPrioritysHistoryAcrossThreeReviewsShowsEachDecisionAndProgress() throws Exception {
        Actor krowan = users.actor("krowan");
        Priority priority = data.priority("Graffiti reviewed three times", HandlingLevel.PARTNERSHIP);
        List<Meeting> cycles = cycles(3);

        record(krowan, cycles.get(0), new ReviewEntry(priority.id(), version(priority), "Tags removed from four "
                + "shutters", Rag.AMBER, "Removal under way", ReviewDecision.CARRY_FORWARD, null, null, null, null));
        record(krowan, cycles.get(1), new ReviewEntry(priority.id(), version(priority), "No new tags for a month",
                Rag.GREEN, "No new graffiti reported", ReviewDecision.AMEND, PriorityStatus.MONITORING,
                "No new tags for a further cycle", null, null));
        record(krowan, cycles.get(2), new ReviewEntry(priority.id(), version(priority), "Closed at the meeting",
                Rag.GREEN, "Achieved", ReviewDecision.CLOSE, null, null, PriorityStatus.CLOSED_ACHIEVED,
                "Twelve tags removed, none replaced in two cycles"));

        List<CycleState> history = tasking.priority(krowan, priority.id()).history();
        assertThat(history).extracting(CycleState::decision).containsExactly(ReviewDecision.CARRY_FORWARD,
                ReviewDecision.AMEND, ReviewDecision.CLOSE);
        assertThat(history).extracting(CycleState::status).containsExactly(PriorityStatus.ACTIVE,
                PriorityStatus.MONITORING, PriorityStatus.CLOSED_ACHIEVED);
        assertThat(history).extracting(CycleState::progressNote).containsExactly("Tags removed from four shutters",
                "No new tags for a month", "Closed at the meeting");
        Priority closed = tasking.priority(krowan, priority.id()).priority();
        assertThat(closed.outcome()).isEqualTo("Twelve tags removed, none replaced in two cycles");
        assertThat(closed.targetOutcome()).isEqualTo("No new tags for a further cycle");

        String api = body(mvc.perform(get("/api/v1/priorities/" + priority.id() + "/history")
                .with(users.as("ene.homes"))).andReturn());
        assertThat(api).contains("\"decision\":\"CARRY_FORWARD\"", "\"decision\":\"AMEND\"",
                "\"decision\":\"CLOSE\"", "No new tags for a month");
        Document page = page(mvc.perform(get("/tasking/priorities/" + priority.id()).with(users.as("ene.homes")))
                .andReturn());
        assertThat(page.select("#history ~ div table").text()).contains("Carried forward", "Amended", "Closed",
                "No new tags for a month");

        // The meeting shows its review, and its agenda links to it.
        Document meeting = page(mvc.perform(get("/meetings/" + cycles.get(1).id()).with(users.as("ene.homes")))
                .andReturn());
        String review = "/tasking/meetings/" + cycles.get(1).id() + "/review";
        assertThat(meeting.select("a[href=" + review + "]")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(meeting.select(".saferhub-agenda").text()).contains("Tasking review of the East North East");
        assertThat(meeting.text()).contains("Amended: 1");
        // Reopened, the review shows what was recorded, ready to correct.
        Document reopened = page(mvc.perform(get(review).with(users.as("krowan"))).andReturn());
        assertThat(reopened.text()).contains("Recorded at this meeting: Amended");
        assertThat(reopened.select("textarea").eachText()).contains("No new tags for a month");
    }

    @Test
    void aCloseWithoutAnOutcomeIsRefusedOnThePageAndNothingIsStored() throws Exception {
        Priority priority = data.priority("Litter closed without an outcome", HandlingLevel.PARTNERSHIP);
        Meeting meeting = cycles(1).getFirst();
        MvcResult result = mvc.perform(post("/tasking/meetings/" + meeting.id() + "/review").with(csrf())
                .with(users.as("krowan")).param("rows[0].priorityId", priority.id().toString())
                .param("rows[0].version", String.valueOf(priority.version()))
                .param("rows[0].progress", "Litter picks done").param("rows[0].rag", "GREEN")
                .param("rows[0].ragReason", "").param("rows[0].decision", "CLOSE")
                .param("rows[0].closedAs", "CLOSED_ACHIEVED").param("rows[0].outcome", "")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = page(result);
        assertThat(page.select(".govuk-error-summary").text()).contains(
                "Enter the outcome of " + priority.title(), "Enter why " + priority.title() + " is rated");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).contains("#rows0.outcome");
        Actor krowan = users.actor("krowan");
        Priority after = tasking.priority(krowan, priority.id()).priority();
        assertThat(after.version()).isEqualTo(priority.version());
        assertThat(after.status()).isEqualTo(PriorityStatus.ACTIVE);
        assertThat(after.outcome()).isNull();
        assertThat(tasking.priority(krowan, priority.id()).history()).isEmpty();
        assertThat(reviews.review(krowan, meeting.id()).recorded()).isNull();
    }

    @Test
    void aLineReadBeforeSomeoneElseChangedThePriorityIsRefusedSayingWhatChanged() throws Exception {
        Priority priority = data.priority("Fly-tipping changed meanwhile", HandlingLevel.PARTNERSHIP);
        Meeting meeting = cycles(1).getFirst();
        var details = data.details(priority.title(), HandlingLevel.PARTNERSHIP);
        editor.revisePriority(null, priority.id(), priority.version(), new uk.saferhub.tasking.internal
                .PriorityDetails(details.categoryId(), priority.title(), details.placeIds(), null, null, null,
                details.problem(), details.evidence(), details.ownerOrganisationId(), null,
                details.partnerOrganisationIds(), null, details.targetOutcome(), PriorityStatus.ACTIVE, Rag.RED,
                "Three new dumps", null, HandlingLevel.PARTNERSHIP));
        MvcResult result = mvc.perform(post("/tasking/meetings/" + meeting.id() + "/review").with(csrf())
                .with(users.as("krowan")).param("rows[0].priorityId", priority.id().toString())
                .param("rows[0].version", String.valueOf(priority.version()))
                .param("rows[0].progress", "Typed before the change").param("rows[0].rag", "GREEN")
                .param("rows[0].ragReason", "Cleared").param("rows[0].decision", "CARRY_FORWARD")).andReturn();
        Document page = page(result);
        assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed " + priority.title(),
                "RAG rating");
        assertThat(page.select("textarea").eachText()).contains("Typed before the change");
        Actor krowan = users.actor("krowan");
        assertThat(tasking.priority(krowan, priority.id()).history()).isEmpty();
        assertThat(tasking.priority(krowan, priority.id()).priority().rag()).isEqualTo(Rag.RED);

        String json = """
                {"rows": [{"priorityId": "%s", "version": %d, "rag": "GREEN", "ragReason": "Cleared",
                 "decision": "CARRY_FORWARD"}]}""".formatted(priority.id(), priority.version());
        MvcResult api = mvc.perform(post("/api/v1/tasking/meetings/" + meeting.id() + "/review").with(csrf())
                .with(users.as("krowan")).contentType(APPLICATION_JSON).content(json)).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(api)).contains("RAG rating", "\"changed\"");
        assertThat(tasking.priority(krowan, priority.id()).history()).isEmpty();
    }

    @Test
    void aPriorityNotReviewedAtOneMeetingIsFlaggedAtTheNext() {
        Actor krowan = users.actor("krowan");
        Priority reviewed = data.priority("Dog fouling reviewed", HandlingLevel.PARTNERSHIP);
        Priority missed = data.priority("Dog fouling missed", HandlingLevel.PARTNERSHIP);
        List<Meeting> cycles = cycles(2);
        record(krowan, cycles.get(0), new ReviewEntry(reviewed.id(), reviewed.version(), null, Rag.AMBER,
                "Patrols agreed", ReviewDecision.CARRY_FORWARD, null, null, null, null));
        CycleReview next = reviews.review(krowan, cycles.get(1).id());
        assertThat(next.previousCycle()).isEqualTo(cycles.get(0).start());
        assertThat(row(next, missed).flagged()).isTrue();
        assertThat(row(next, reviewed).flagged()).isFalse();
        assertThatThrownBy(() -> reviews.record(krowan, cycles.get(1).id(), List.of(new ReviewEntry(missed.id(),
                missed.version(), null, Rag.RED, "Worse", ReviewDecision.CLOSE, null, null, null, null)), List.of()))
                .isInstanceOf(ReviewRefused.class);
        assertThat(reviews.review(krowan, cycles.get(1).id()).recorded()).isNull();
    }

    @Test
    void anEscalatedPriorityGoesOnTheAgendaOfTheNextMeetingOfTheBodyTheGroupReportsTo() throws Exception {
        Actor krowan = users.actor("krowan");
        Priority priority = data.priority("Drug litter escalated", HandlingLevel.PARTNERSHIP);
        Meeting meeting = cycles(1).getFirst();
        CycleReview review = reviews.review(krowan, meeting.id());
        assertThat(review.escalatesTo().name()).isEqualTo("East North East Divisional Community Safety Partnership");
        LocalDate after = meeting.start().toLocalDate().plusWeeks(2);
        Meeting divisional = scheduler.schedule(null, review.escalatesTo().id(),
                new NewMeeting(null, null, after.atTime(14, 0), after.atTime(16, 0), null));

        record(krowan, meeting, new ReviewEntry(priority.id(), priority.version(), "Needles found twice", Rag.RED,
                "Beyond the group's powers", ReviewDecision.ESCALATE, null, null, null, null));
        CycleState state = tasking.priority(krowan, priority.id()).history().getFirst();
        assertThat(state.decision()).isEqualTo(ReviewDecision.ESCALATE);
        assertThat(state.escalatedToBodyId()).isEqualTo(review.escalatesTo().id().value());
        assertThat(meetings.meeting(krowan, divisional.id()).agenda())
                .anySatisfy(item -> {
                    assertThat(item.linkedRecordType()).isEqualTo("tasking-priority");
                    assertThat(item.linkedRecordId()).isEqualTo(priority.id().toString());
                    assertThat(item.title()).contains("East North East local tasking group")
                            .doesNotContain(priority.title());
                });
        // On the body's meeting page the item links to the priority for those who may see it, and to no one else.
        Priority agency = data.priority("Drug litter kept to Safer Leeds", HandlingLevel.AGENCY);
        record(krowan, meeting, new ReviewEntry(agency.id(), agency.version(), null, Rag.RED, "Needs the CSP",
                ReviewDecision.ESCALATE, null, null, null, null));
        Document partner = page(mvc.perform(get("/meetings/" + divisional.id()).with(users.as("ene.homes")))
                .andReturn());
        assertThat(partner.select("a[href=/tasking/priorities/" + priority.id() + "]").text())
                .contains(priority.title());
        assertThat(partner.select("a[href=/tasking/priorities/" + agency.id() + "]")).isEmpty();
        assertThat(partner.text()).doesNotContain(agency.title());
        Document owner = page(mvc.perform(get("/meetings/" + divisional.id()).with(users.as("mstenton")))
                .andReturn());
        assertThat(owner.select("a[href=/tasking/priorities/" + agency.id() + "]").text()).contains(agency.title());
        assertThat(meetings.meeting(krowan, meeting.id()).agenda())
                .anySatisfy(item -> assertThat(item.linkedRecordType()).isEqualTo(TaskingReviews.REVIEW));
    }

    @Test
    void theDemonstrationsPastCyclesAreReviewsWithTheDecisionsTheirHistoryShows() throws Exception {
        Actor inspector = users.actor("ene.inspector");
        Priority graffiti = tasking.priorities(inspector, new uk.saferhub.tasking.internal.PriorityFilter(
                data.eastNorthEast().id().value(), null, null, null)).stream()
                .filter(p -> p.title().equals("Graffiti in Gipton & Harehills")).findFirst().orElseThrow();
        List<CycleState> history = tasking.priority(inspector, graffiti.id()).history();
        assertThat(history).extracting(CycleState::decision).containsExactly(ReviewDecision.AGREE,
                ReviewDecision.CARRY_FORWARD, ReviewDecision.CLOSE);
        CycleReview last = reviews.review(inspector, history.getLast().meetingId());
        assertThat(last.recorded()).isNotNull();
        assertThat(row(last, graffiti).recorded().decision()).isEqualTo(ReviewDecision.CLOSE);
        Document meeting = page(mvc.perform(get("/meetings/" + history.getLast().meetingId())
                .with(users.as("ene.inspector"))).andReturn());
        assertThat(meeting.select(".saferhub-agenda a[href$=/review]").text())
                .contains("Tasking review of the East North East local tasking group");
    }

    private static ReviewRow row(CycleReview review, Priority priority) {
        return review.rows().stream().filter(row -> row.priority().id().equals(priority.id())).findFirst()
                .orElseThrow();
    }

    private void record(Actor actor, Meeting meeting, ReviewEntry entry) {
        reviews.record(actor, meeting.id(), List.of(entry), List.of());
    }

    private int version(Priority priority) {
        return tasking.priority(users.actor("krowan"), priority.id()).priority().version();
    }

    /** Meetings of the East North East group six weeks apart, in a year no other test uses. */
    List<Meeting> cycles(int count) {
        LocalDate day = LocalDate.of(2200 + ThreadLocalRandom.current().nextInt(700), 1, 10);
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> scheduler.schedule(null,
                data.eastNorthEast().id(), new NewMeeting(null, null, day.plusWeeks(6L * i).atTime(10, 0),
                        day.plusWeeks(6L * i).atTime(12, 0), null))).toList();
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(body(result));
    }

}
