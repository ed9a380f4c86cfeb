package uk.saferhub.tasking.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;

/**
 * Which tasking records the audit trail may show an actor: a priority, its actions and its recorded cycles to whoever
 * may see its group and, by {@link AccessPolicy}, the priority; categories carry nothing restricted.
 */
@Component
class TaskingRecordVisibility implements RecordVisibility {

    private final PriorityStore priorities;
    private final ActionStore actions;
    private final Partnership partnership;

    private final EvidenceFileStore evidence;
    private final ReviewStore reviews;
    private final ReportStore issuedReports;

    TaskingRecordVisibility(PriorityStore priorities, ActionStore actions, Partnership partnership,
            EvidenceFileStore evidence, ReviewStore reviews, ReportStore issuedReports) {
        this.issuedReports = issuedReports;
        this.evidence = evidence;
        this.reviews = reviews;
        this.priorities = priorities;
        this.actions = actions;
        this.partnership = partnership;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("tasking-priority", "tasking-action", "tasking-cycle-state", "tasking-category",
                "tasking-evidence-file", "tasking-review", "tasking-report");
    }

    @Override
    public Set<String> visibleTo(Actor actor, String recordType, Set<String> recordIds) {
        if (recordType.equals("tasking-category")) {
            return recordIds;
        }
        Set<UUID> visible = new HashSet<>();
        if (recordType.equals("tasking-report")) {
            // An issued report is seen by whoever may see the body it was issued to.
            for (UUID report : RecordVisibility.uuidsOf(recordIds)) {
                issuedReports.body(report).filter(body -> partnership.maySee(actor, BodyId.of(body)))
                        .ifPresent(body -> visible.add(report));
            }
            return RecordVisibility.idsOf(visible);
        }
        if (recordType.equals("tasking-review")) {
            // A review is seen by whoever may see the group whose meeting it is.
            for (UUID meeting : RecordVisibility.uuidsOf(recordIds)) {
                reviews.find(meeting).filter(review -> partnership.maySee(actor, BodyId.of(review.groupBodyId())))
                        .ifPresent(review -> visible.add(meeting));
            }
            return RecordVisibility.idsOf(visible);
        }
        for (UUID id : RecordVisibility.uuidsOf(recordIds)) {
            Optional<Priority> priority = switch (recordType) {
                case "tasking-action" -> actions.find(id).flatMap(action -> priorities.find(action.priorityId()));
                case "tasking-evidence-file" -> evidence.find(id).flatMap(file -> priorities.find(file.priorityId()));
                default -> priorities.find(id);
            };
            if (priority.isPresent() && partnership.maySee(actor, BodyId.of(priority.get().groupBodyId()))
                    && AccessPolicy.canSee(actor, priority.get())) {
                visible.add(id);
            }
        }
        return RecordVisibility.idsOf(visible);
    }
}
