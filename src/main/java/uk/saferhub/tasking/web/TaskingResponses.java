package uk.saferhub.tasking.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.tasking.internal.ActionKind;
import uk.saferhub.tasking.internal.ActionStatus;
import uk.saferhub.tasking.internal.CycleState;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityAction;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.PriorityView;
import uk.saferhub.tasking.internal.Rag;
import uk.saferhub.tasking.internal.ReviewDecision;
import uk.saferhub.tasking.internal.TaskingGroup;

/** What the tasking API answers. */
final class TaskingResponses {

    private TaskingResponses() {
    }

    record GroupResponse(UUID id, String name, String areaCovered, long livePriorities) {

        static GroupResponse of(TaskingGroup group) {
            return new GroupResponse(group.body().id().value(), group.body().name(), group.body().areaCovered(),
                    group.livePriorities());
        }
    }

    record PriorityResponse(UUID id, UUID groupId, UUID categoryId, String category, String title,
            List<UUID> placeIds, String locationText, Double latitude, Double longitude, String problem,
            String evidence, UUID ownerOrganisationId, UUID leadPersonId, List<UUID> partnerOrganisationIds,
            UUID startedMeetingId, String targetOutcome, PriorityStatus status, Rag rag, String ragReason,
            String outcome, HandlingLevel handlingLevel, Instant updatedAt, int version,
            List<ActionResponse> actions, List<CycleResponse> history) {

        static PriorityResponse summary(Priority p, Map<UUID, String> categories) {
            return of(p, categories, null, null);
        }

        static PriorityResponse of(PriorityView view, Map<UUID, String> categories) {
            return of(view.priority(), categories, view.actions().stream().map(ActionResponse::of).toList(),
                    view.history().stream().map(CycleResponse::of).toList());
        }

        private static PriorityResponse of(Priority p, Map<UUID, String> categories, List<ActionResponse> actions,
                List<CycleResponse> history) {
            return new PriorityResponse(p.id(), p.groupBodyId(), p.categoryId(), categories.get(p.categoryId()),
                    p.title(), p.placeIds(), p.locationText(), p.latitude(), p.longitude(), p.problem(),
                    p.evidence(), p.owningOrganisationId(), p.leadPersonId(), p.partnerOrganisationIds(),
                    p.startedMeetingId(), p.targetOutcome(), p.status(), p.rag(), p.ragReason(), p.outcome(),
                    p.handlingLevel(), p.updatedAt(), p.version(), actions, history);
        }
    }

    record ActionResponse(UUID id, String description, UUID ownerOrganisationId, UUID ownerPersonId,
            String ownerTeam, ActionKind kind, LocalDate dueDate, boolean byNextCycle, ActionStatus status,
            String outcome, int version, java.util.Map<uk.saferhub.tasking.internal.OutcomeMeasure, Integer> figures) {

        static ActionResponse of(PriorityAction a) {
            return new ActionResponse(a.id(), a.description(), a.ownerOrganisationId(), a.ownerPersonId(),
                    a.ownerTeam(), a.kind(), a.dueDate(), a.byNextCycle(), a.status(), a.outcome(), a.version(),
                    a.figures());
        }
    }

    record CycleResponse(UUID meetingId, OffsetDateTime meetingStart, PriorityStatus status, Rag rag,
            String ragReason, String progressNote, ReviewDecision decision, UUID escalatedToBodyId) {

        static CycleResponse of(CycleState state) {
            return new CycleResponse(state.meetingId(), state.meetingStart().toOffsetDateTime(), state.status(),
                    state.rag(), state.ragReason(), state.progressNote(), state.decision(),
                    state.escalatedToBodyId());
        }
    }
}
