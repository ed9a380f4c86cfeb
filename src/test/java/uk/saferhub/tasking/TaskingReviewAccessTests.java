package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.audit.AuditTrail;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.NewMeeting;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.internal.Priority;

/**
 * Who may use the cycle review, on its page and in the API: not signed in goes to sign in (401 in the API), a role
 * too low is 403, an organisation outside the Leeds partnership finds nothing (404), a Leeds reader reads it and a
 * contributor who may change the group's priorities records it; each recording is audited.
 */
@SaferHubTest
class TaskingReviewAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    TaskingTestData data;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    AuditTrail audit;

    @Test
    void theReviewPageIsReadByTheGroupsReadersAndRecordedByItsContributors() {
        Meeting meeting = meeting();
        Priority priority = data.priority("Graffiti reviewed by whoever may", HandlingLevel.PARTNERSHIP);
        String page = "/tasking/meetings/" + meeting.id() + "/review";
        AccessMatrix.forPage(mvc, page)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("panel.member"))
                .notFoundFor(users.as("herts.coordinator"), users.as("ewilson"))
                .okFor(users.as("mstenton"), users.as("ene.homes"), users.as("ene.inspector"));
        // A meeting of a body that is not a tasking group has no review.
        AccessMatrix.forPage(mvc, "/tasking/meetings/" + java.util.UUID.randomUUID() + "/review")
                .notFoundFor(users.as("mstenton"));

        AccessMatrix.forPage(mvc, () -> post(page).with(csrf())
                        .param("rows[0].priorityId", priority.id().toString()).param("rows[0].version", "0")
                        .param("rows[0].rag", "AMBER").param("rows[0].ragReason", "Under way")
                        .param("rows[0].decision", "CARRY_FORWARD"))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("ene.homes"), users.as("panel.member"))
                .notFoundFor(users.as("herts.coordinator"))
                .allowedFor(users.as("krowan"));
        assertThat(audit.historyOf("tasking-review", meeting.id().toString())).isNotEmpty();
    }

    @Test
    void aRestrictedPriorityIsShownOnTheReviewOnlyToThoseWhoMaySeeItAndItsViewIsAudited() throws Exception {
        Meeting meeting = meeting();
        Priority agency = data.priority("Fly-tipping reviewed by Safer Leeds only", HandlingLevel.AGENCY);
        String page = "/tasking/meetings/" + meeting.id() + "/review";
        assertThat(body(AccessMatrix.forPage(mvc, page).as(users.as("ene.homes")))).doesNotContain(agency.title());
        assertThat(body(AccessMatrix.forPage(mvc, page).as(users.as("mstenton")))).contains(agency.title());
        assertThat(audit.historyOf("tasking-priority", agency.id().toString()))
                .filteredOn(event -> event.action().equals("VIEW"))
                .extracting(uk.saferhub.audit.AuditRecord::actorName).contains("Martyn Stenton");
    }

    @Test
    void theReviewApiAnswersAsThePageDoes() {
        Meeting meeting = meeting();
        Priority priority = data.priority("Litter reviewed over the API", HandlingLevel.PARTNERSHIP);
        String url = "/api/v1/tasking/meetings/" + meeting.id() + "/review";
        var reader = apiKeys.of("leeds.admin", Role.READER);
        var contributor = apiKeys.of("leeds.admin", Role.CONTRIBUTOR);
        var herts = apiKeys.of("herts.coordinator", Role.COORDINATOR);
        var panel = apiKeys.of("leeds.admin", Role.PANEL_MEMBER);
        AccessMatrix.forApi(mvc, url).anonymousUnauthorised().forbiddenFor(panel).notFoundFor(herts)
                .okFor(reader, contributor);

        String json = """
                {"rows": [{"priorityId": "%s", "version": 0, "rag": "RED", "ragReason": "More bags dumped",
                 "decision": "CLOSE", "closedAs": "CLOSED_NOT_ACHIEVED"}]}""".formatted(priority.id());
        var refused = AccessMatrix.forApi(mvc, () -> post(url).contentType(APPLICATION_JSON).content(json))
                .as(contributor);
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("Enter the outcome of " + priority.title(), "rows[0].outcome");

        String good = json.replace("\"closedAs\"", "\"outcome\": \"Moved to enforcement\", \"closedAs\"");
        AccessMatrix.forApi(mvc, () -> post(url).contentType(APPLICATION_JSON).content(good))
                .anonymousUnauthorised().forbiddenFor(reader, panel)
                .notFoundFor(apiKeys.of("herts.coordinator", Role.CONTRIBUTOR)).okFor(contributor);
        assertThat(body(AccessMatrix.forApi(mvc, url).as(reader))).contains("\"decision\":\"CLOSE\"",
                priority.id().toString());
    }

    @Test
    void theGroupPageListsItsMeetingsReviewsAndFlagsWhatWasNotReviewed(@Autowired TaskingReviews reviews,
            @Autowired uk.saferhub.meetings.Meetings meetings) throws Exception {
        Priority reviewed = data.priority("Graffiti reviewed before", HandlingLevel.PARTNERSHIP);
        data.priority("Graffiti missed before", HandlingLevel.PARTNERSHIP);
        LocalDate today = meetings.today();
        Meeting before = scheduler.schedule(null, data.eastNorthEast().id(), new NewMeeting(null, null,
                today.plusDays(54).atTime(9, 0), today.plusDays(54).atTime(9, 30), null));
        Meeting next = scheduler.schedule(null, data.eastNorthEast().id(), new NewMeeting(null, null,
                today.plusDays(55).atTime(9, 0), today.plusDays(55).atTime(9, 30), null));
        reviews.record(users.actor("krowan"), before.id(), java.util.List.of(new uk.saferhub.tasking.internal
                .ReviewEntry(reviewed.id(), reviewed.version(), null, uk.saferhub.tasking.internal.Rag.AMBER,
                "Under way", uk.saferhub.tasking.internal.ReviewDecision.CARRY_FORWARD, null, null, null, null)),
                java.util.List.of());
        String page = body(AccessMatrix.forPage(mvc, "/tasking/groups/" + data.eastNorthEast().id())
                .as(users.as("ene.homes")));
        assertThat(page).contains("/tasking/meetings/" + next.id() + "/review",
                "/tasking/meetings/" + before.id() + "/review", "recorded", "not reviewed at the meeting before");
    }

    private Meeting meeting() {
        LocalDate day = LocalDate.of(2200 + ThreadLocalRandom.current().nextInt(700), 5, 5);
        return scheduler.schedule(null, data.eastNorthEast().id(),
                new NewMeeting(null, null, day.atTime(10, 0), day.atTime(12, 0), null));
    }

    private static String body(org.springframework.test.web.servlet.MvcResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
