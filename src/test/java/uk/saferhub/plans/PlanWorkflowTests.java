package uk.saferhub.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * Seed 003's variation as the demonstration holds it, and a new Plan and its variation taken through every step by
 * the people the Act names: the Commissioner's office drafts, consults, sends, responds, publishes and issues; the
 * Panel's officer puts the review on an agenda and records the report. Who sees the draft at each step, and that a
 * refused step changes nothing.
 */
@SaferHubTest
class PlanWorkflowTests {

    @Autowired
    Plans plans;
    @Autowired
    PlanWorkflow workflow;
    @Autowired
    Partnership partnership;
    @Autowired
    Meetings meetings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers users;

    private Actor office;
    private Actor force;
    private Actor member;
    private Actor officer;
    private Actor council;
    private Actor stranger;
    private Body panel;

    @BeforeEach
    void thePeople() {
        office = users.actor("dgregson");
        force = users.actor("cambs.analyst");
        member = users.actor("panel.member");
        officer = users.actor("panel.officer");
        council = users.actor("ewilson");
        stranger = users.actor("leeds.admin");
        panel = partnership.bodies().stream().filter(b -> b.name().equals("Cambridgeshire Police and Crime Panel"))
                .findFirst().orElseThrow();
    }

    @Test
    void seed003sVariationWentThroughEveryStepWithTheSeedsDates() {
        Plan plan = plans.plans(null).stream().filter(p -> p.title().equals("Cambridgeshire Police and Crime Plan"))
                .findFirst().orElseThrow();
        assertThat(plan.term()).isEqualTo("2013–16");
        assertThat(plan.deadline()).isEqualTo(LocalDate.of(2013, 3, 31));
        assertThat(plan.issuedInTime()).contains(true);
        PlanVersion first = plan.version(1).orElseThrow();
        assertThat(first.objective(1).orElseThrow().sections()).extracting(PlanSection::heading)
                .containsExactly("Community engagement", "An accessible and responsive Constabulary",
                        "Visible policing");
        Variation variation = plans.variations(null, plan.id()).stream()
                .filter(v -> v.title().startsWith("Variation of Objective 1")).findFirst().orElseThrow();
        assertThat(variation.status()).isEqualTo(VariationStatus.ISSUED);
        assertThat(variation.consultedOn()).isEqualTo(LocalDate.of(2014, 10, 2));
        assertThat(variation.boardName()).isEqualTo("Business Coordination Board");
        assertThat(variation.boardOn()).isEqualTo(LocalDate.of(2014, 10, 2));
        assertThat(variation.reviewItemNumber()).isEqualTo(11);
        assertThat(variation.recommendations()).hasSize(2).allMatch(Recommendation::answered);
        PlanVersion issued = plan.version(variation.issuedVersion()).orElseThrow();
        assertThat(issued.variationId()).isEqualTo(variation.id());
        assertThat(issued.objective(1).orElseThrow().sections()).extracting(PlanSection::heading)
                .containsExactly("Community engagement", "An accessible and responsive Constabulary",
                        "Visible policing", "A professional team");
        Meeting review = meetings.meetingForSystem(variation.reviewMeetingId()).orElseThrow();
        assertThat(review.start().toLocalDate()).isEqualTo(LocalDate.of(2014, 11, 5));
        assertThat(meetings.itemNumberLinking(review.id(), Variation.RECORD_TYPE, variation.id().toString()))
                .contains(11);
        assertThat(jdbc.sql("select title from meeting_agenda_item where meeting_id = ? and number = 11")
                .param(review.id()).query(String.class).single()).isEqualTo("Police and Crime Plan variation");
        // Published, so public; the comparison marks the new section and the changed ones.
        assertThat(AccessPolicy.canSee(null, variation)).isTrue();
        Comparison comparison = Comparison.of(plan.version(1), variation.objectives());
        assertThat(comparison.objectives().getFirst().sections()).extracting(Comparison.ComparedSection::change)
                .containsExactly(Comparison.Change.CHANGED, Comparison.Change.CHANGED, Comparison.Change.CHANGED,
                        Comparison.Change.ADDED);
    }

    @Test
    void aNewPlanAndItsVariationGoThroughTheActInOrder() {
        String title = "Workflow test Police and Crime Plan " + UUID.randomUUID();
        UUID forceId = force.organisationId();
        Variation draft = workflow.newPlan(office, office.organisationId(), new NewPlan(title, "2016–21",
                "Police and Crime Commissioner for Cambridgeshire", 2016, forceId, panel.id()),
                details("The new Plan", objective("Visible policing", "People would like to see uniformed officers.")));
        UUID id = draft.id();
        // A draft: the office and the force see it; the Panel's members, a council and another partnership do not.
        assertThat(plans.variation(office, id).status()).isEqualTo(VariationStatus.DRAFT);
        assertThat(plans.variation(force, id).kind()).isEqualTo(VariationKind.NEW_PLAN);
        for (Actor outsider : List.of(member, officer, council, stranger)) {
            assertThatThrownBy(() -> plans.variation(outsider, id)).isInstanceOf(RecordNotFoundException.class);
        }
        assertThatThrownBy(() -> plans.variation(null, id)).isInstanceOf(RecordNotFoundException.class);
        // The force reads but does not take the Commissioner's steps.
        assertThatThrownBy(() -> workflow.consult(force, id, 0, today(), "Agreed"))
                .isInstanceOf(AccessDeniedException.class);
        // Out of order: nothing changes.
        refused(() -> workflow.send(office, id, version(id), today()), "plans.step.send.notConsulted", id);
        refused(() -> workflow.issue(office, id, version(id), today()), "plans.step.issue.notSent", id);
        refused(() -> workflow.consult(office, id, version(id), today(), " "), "plans.consult.response.required", id);
        workflow.consult(office, id, version(id), today().minusDays(20), "The Chief Constable agrees the draft.");
        workflow.boardPaper(office, id, version(id), "Business Coordination Board", today().minusDays(19), null);
        refused(() -> workflow.send(office, id, version(id), today().minusDays(21)),
                "plans.step.date.beforeConsulted", id);
        workflow.send(office, id, version(id), today().minusDays(18));
        // Sent: the Panel's members see it now, a council still does not; its words no longer change.
        assertThat(plans.variation(member, id).status()).isEqualTo(VariationStatus.SENT);
        assertThatThrownBy(() -> plans.variation(council, id)).isInstanceOf(RecordNotFoundException.class);
        refused(() -> workflow.edit(office, id, version(id), details("Changed", objective("Visible policing", "x"))),
                "plans.step.afterSending", id);
        refused(() -> workflow.issue(office, id, version(id), today()), "plans.step.issue.awaitingReport", id);
        // The Panel's steps are its officers', not the office's nor a member's who holds only the panel role.
        assertThatThrownBy(() -> workflow.report(office, id, version(id), today(), "Report", List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.report(member, id, version(id), today(), "Report", List.of()))
                .isInstanceOf(AccessDeniedException.class);
        Meeting meeting = meetings.meetingsOf(officer, panel.id(), java.time.Instant.EPOCH,
                java.time.Instant.now().plusSeconds(400L * 86_400)).stream()
                .filter(m -> m.start().toLocalDate().isAfter(LocalDate.of(2014, 1, 1))).findFirst().orElseThrow();
        refused(() -> workflow.scheduleReview(officer, id, version(id), meeting.id(), null),
                "plans.review.meeting.beforeSent", id);
        refused(() -> workflow.report(officer, id, version(id), today(), "", List.of("That ...")),
                "plans.report.text.required", id);
        workflow.report(officer, id, version(id), today().minusDays(5), "The Panel reviewed the draft Plan.",
                List.of("That the Plan says how visibility is measured.", "That the Plan is published in Welsh too."));
        Variation reported = plans.variation(office, id);
        assertThat(reported.recommendations()).extracting(Recommendation::number).containsExactly(1, 2);
        // No publication before a response to every recommendation; a response missing one is refused whole.
        refused(() -> workflow.publish(office, id, version(id), today(), null), "plans.step.publish.unanswered", id);
        Answer first = new Answer(reported.recommendations().get(0).id(), ResponseKind.ACCEPTED, "It will.");
        refused(() -> workflow.respond(office, id, version(id), today(), "Response", List.of(first)),
                "plans.respond.answer.required", id);
        assertThat(plans.variation(office, id).recommendations()).noneMatch(Recommendation::answered);
        Answer second = new Answer(reported.recommendations().get(1).id(), ResponseKind.NOT_ACCEPTED,
                "The Plan is published in English; a Welsh version is for Welsh forces.");
        workflow.respond(office, id, version(id), today().minusDays(3), "I have had regard to the report.",
                List.of(first, second));
        refused(() -> workflow.issue(office, id, version(id), today()), "plans.step.issue.unpublished", id);
        assertThatThrownBy(() -> plans.variation(null, id)).isInstanceOf(RecordNotFoundException.class);
        workflow.publish(office, id, version(id), today().minusDays(2), "www.cambridgeshire-pcc.gov.uk");
        // Published: the public sees the draft, the report and the response.
        assertThat(plans.variation(null, id).recommendations()).hasSize(2);
        PlanVersion v1 = workflow.issue(office, id, version(id), today().minusDays(1));
        assertThat(v1.number()).isEqualTo(1);
        Plan plan = plans.plan(null, draft.planId());
        assertThat(plan.current()).contains(v1);
        refused(() -> workflow.withdraw(office, id, version(id)), "plans.step.closed.issued", id);

        // A variation of it: the objective of the same number replaced, another added.
        Variation variation = workflow.draft(office, plan.id(), new DraftDetails("Variation of Objective 1",
                "Operational developments", List.of(
                        new Objective(1, "Maintain local police performance", List.of(new PlanSection(
                                "Visible policing", "People would like to see uniformed officers.\n\nProgramme Metis."),
                                new PlanSection("A professional team", "Supporting staff and volunteers."))),
                        new Objective(2, "Protect the vulnerable", List.of(new PlanSection("Safeguarding",
                                "Working with partners."))))));
        assertThat(Comparison.of(plan.current(), variation.objectives()).objectives())
                .extracting(Comparison.ComparedObjective::change)
                .containsExactly(Comparison.Change.CHANGED, Comparison.Change.ADDED);
        UUID vid = variation.id();
        workflow.consult(office, vid, version(vid), today(), "Agreed.");
        workflow.send(office, vid, version(vid), today());
        workflow.report(officer, vid, version(vid), today(), "The Panel endorses the variation.", List.of());
        workflow.respond(office, vid, version(vid), today(), "Noted with thanks.", List.of());
        workflow.publish(office, vid, version(vid), today(), null);
        PlanVersion v2 = workflow.issue(office, vid, version(vid), today());
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.objectives()).extracting(Objective::number).containsExactly(1, 2);
        assertThat(v2.objective(1).orElseThrow().sections()).hasSize(2);
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'plan-variation' and record_id = ?")
                .param(vid.toString()).query(Integer.class).single()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aPanelsOwnTimeLetsThePlanBeIssuedWithoutAReportOnceItHasPassed() {
        String title = "Timing test Plan " + UUID.randomUUID();
        UUID id = workflow.newPlan(office, office.organisationId(), new NewPlan(title, "2016–21",
                "Police and Crime Commissioner for Cambridgeshire", 2016, force.organisationId(), panel.id()),
                details("Draft", objective("Visible policing", "Text."))).id();
        workflow.consult(office, id, version(id), today().minusDays(40), "Agreed.");
        workflow.send(office, id, version(id), today().minusDays(35));
        PanelTiming before = plans.timing(panel.id());
        try {
            assertThatThrownBy(() -> workflow.setTiming(office, panel.id(), 30, 14, 7, null))
                    .isInstanceOf(AccessDeniedException.class);
            workflow.setTiming(officer, panel.id(), 30, 14, 7, "As the precept's timetable, in days");
            assertThat(plans.due(office)).anySatisfy(due -> {
                assertThat(due.draft().id()).isEqualTo(id);
                assertThat(due.by()).isEqualTo(today().minusDays(5));
                assertThat(due.urgency()).isEqualTo(DueStep.Urgency.OVERDUE);
            });
            PlanVersion issued = workflow.issue(office, id, version(id), today());
            assertThat(issued.number()).isEqualTo(1);
            assertThat(plans.variation(office, id).noReport()).isTrue();
        } finally {
            workflow.setTiming(officer, panel.id(), before.reviewDays(), before.responseDays(),
                    before.reminderDays(), before.note());
        }
    }

    private void refused(Runnable step, String key, UUID id) {
        int before = version(id);
        assertThatThrownBy(step::run).isInstanceOf(PlansChangeRefused.class)
                .satisfies(e -> assertThat(((PlansChangeRefused) e).key()).isEqualTo(key));
        assertThat(version(id)).as("nothing changed").isEqualTo(before);
    }

    private int version(UUID id) {
        return plans.variation(office, id).version();
    }

    private LocalDate today() {
        return plans.today();
    }

    private static DraftDetails details(String reason, Objective objective) {
        return new DraftDetails("Draft: " + reason, reason, List.of(objective));
    }

    private static Objective objective(String heading, String text) {
        return new Objective(1, "Maintain local police performance", List.of(new PlanSection(heading, text)));
    }
}
