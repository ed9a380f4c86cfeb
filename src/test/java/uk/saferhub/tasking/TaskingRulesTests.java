package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.saferhub.audit.AuditTrail;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.RefusalWords;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.internal.ActionDetails;
import uk.saferhub.tasking.internal.ActionKind;
import uk.saferhub.tasking.internal.ActionStatus;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityDetails;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.TaskingChangeRefused;

/** What a priority and its actions must be to be stored, and a stale edit that changes nothing. */
@SaferHubTest
class TaskingRulesTests {

    @Autowired
    TaskingTestData data;

    @Autowired
    TaskingEditor editor;

    @Autowired
    Tasking tasking;

    @Autowired
    AuditTrail audit;

    @Autowired
    DemoUsers users;

    @Test
    void aPriorityIsStoredAndAudited() {
        Priority priority = data.priority("Graffiti on Harehills Lane", HandlingLevel.PARTNERSHIP);

        assertThat(priority.version()).isZero();
        assertThat(priority.placeIds()).containsExactly(data.ward("Gipton & Harehills"));
        assertThat(audit.historyOf("tasking-priority", priority.id().toString())).singleElement()
                .satisfies(event -> assertThat(event.changes()).contains("Tagging on shop shutters"));
    }

    @Test
    void aPriorityNeedsAPlaceAndClosingNeedsAnOutcome() {
        PriorityDetails d = data.details(TaskingTestData.unique("Nowhere"), HandlingLevel.PARTNERSHIP);
        PriorityDetails nowhere = new PriorityDetails(d.categoryId(), d.title(), List.of(), " ", null, null,
                d.problem(), d.evidence(), d.ownerOrganisationId(), null, List.of(), null, null, d.status(), null,
                null, null, d.handlingLevel());
        assertThatThrownBy(() -> editor.addPriority(null, data.eastNorthEast().id(), nowhere))
                .isInstanceOf(TaskingChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).startsWith("Choose a place"));

        Priority priority = data.priority("Litter at the parade", HandlingLevel.PARTNERSHIP);
        PriorityDetails closed = withStatus(data.details(priority.title(), HandlingLevel.PARTNERSHIP),
                PriorityStatus.CLOSED_ACHIEVED, " ");
        assertThatThrownBy(() -> editor.revisePriority(null, priority.id(), 0, closed))
                .isInstanceOf(TaskingChangeRefused.class)
                .satisfies(refused -> assertThat(((TaskingChangeRefused) refused).field()).isEqualTo("outcome"));
        assertThat(tasking.priority(users.actor("mstenton"), priority.id()).priority().status())
                .isEqualTo(PriorityStatus.ACTIVE);
    }

    @Test
    void aStaleEditChangesNothingAndNamesWhatChanged() {
        Priority priority = data.priority("Graffiti on the underpass", HandlingLevel.PARTNERSHIP);
        PriorityDetails first = withStatus(data.details(priority.title(), HandlingLevel.PARTNERSHIP),
                PriorityStatus.MONITORING, null);
        editor.revisePriority(null, priority.id(), 0, first);

        PriorityDetails second = withStatus(data.details(priority.title(), HandlingLevel.PARTNERSHIP),
                PriorityStatus.CLOSED_ACHIEVED, "All 14 tags removed");
        assertThatThrownBy(() -> editor.revisePriority(null, priority.id(), 0, second))
                .isInstanceOf(TaskingChangeRefused.class)
                .satisfies(refused -> assertThat(((TaskingChangeRefused) refused).key())
                        .isEqualTo("tasking.priority.stale"));
        assertThat(editor.changedSince(priority.id(), 0)).containsExactly("status");
        assertThat(editor.changedSince(priority.id(), 1)).isEmpty();
    }

    @Test
    void anActionNeedsAnOwnerAndADueDateAndAnOutcomeWhenDone() {
        Priority priority = data.priority("Abandoned cars on Fearnville", HandlingLevel.PARTNERSHIP);
        ActionDetails ok = data.action("Remove the vehicles");
        ActionDetails noOwner = new ActionDetails("Remove the vehicles", null, null, null, ActionKind.REACTIVE,
                null, true, ActionStatus.OPEN, null);
        ActionDetails noDue = new ActionDetails("Remove the vehicles", ok.ownerOrganisationId(), null, null,
                ActionKind.REACTIVE, null, false, ActionStatus.OPEN, null);
        ActionDetails doneNoOutcome = new ActionDetails("Remove the vehicles", ok.ownerOrganisationId(), null, null,
                ActionKind.REACTIVE, null, true, ActionStatus.DONE, null);

        assertThatThrownBy(() -> editor.addAction(null, priority.id(), noOwner))
                .satisfies(refused -> assertThat(((TaskingChangeRefused) refused).field())
                        .isEqualTo("ownerOrganisationId"));
        assertThatThrownBy(() -> editor.addAction(null, priority.id(), noDue))
                .satisfies(refused -> assertThat(((TaskingChangeRefused) refused).field()).isEqualTo("dueDate"));
        assertThatThrownBy(() -> editor.addAction(null, priority.id(), doneNoOutcome))
                .satisfies(refused -> assertThat(((TaskingChangeRefused) refused).field()).isEqualTo("outcome"));
        assertThat(editor.addAction(null, priority.id(), ok).byNextCycle()).isTrue();
    }

    private static PriorityDetails withStatus(PriorityDetails d, PriorityStatus status, String outcome) {
        return new PriorityDetails(d.categoryId(), d.title(), d.placeIds(), d.locationText(), d.latitude(),
                d.longitude(), d.problem(), d.evidence(), d.ownerOrganisationId(), d.leadPersonId(),
                d.partnerOrganisationIds(), d.startedMeetingId(), d.targetOutcome(), status, d.rag(), d.ragReason(),
                outcome, d.handlingLevel());
    }
}
