package uk.saferhub.tasking;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditRecord;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;
import uk.saferhub.tasking.internal.ActionDetails;
import uk.saferhub.tasking.internal.ActionStore;
import uk.saferhub.tasking.internal.Category;
import uk.saferhub.tasking.internal.CategoryStore;
import uk.saferhub.tasking.internal.CycleState;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityAction;
import uk.saferhub.tasking.internal.PriorityDetails;
import uk.saferhub.tasking.internal.PriorityStore;
import uk.saferhub.tasking.internal.TaskingChangeRefused;
import uk.saferhub.tasking.internal.TaskingRules;

/**
 * Changes to priorities and their actions: by contributors who may change the priority ({@link ChangePolicy}), new
 * ones by contributors sharing with the group's owner and the priority's owner. Each change is audited in its
 * transaction and written only over the version the person read; a null actor is the demonstration loader.
 */
@Service
public class TaskingEditor {

    static final String PRIORITY = "tasking-priority";
    static final String ACTION = "tasking-action";

    private final Tasking tasking;
    private final Partnership partnership;
    private final PriorityStore priorities;
    private final ActionStore actions;
    private final TaskingRules rules;
    private final CategoryStore categories;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    TaskingEditor(Tasking tasking, Partnership partnership, PriorityStore priorities, ActionStore actions,
            TaskingRules rules, CategoryStore categories, AuditTrail audit, JsonMapper json, Clock clock) {
        this.tasking = tasking;
        this.partnership = partnership;
        this.priorities = priorities;
        this.actions = actions;
        this.rules = rules;
        this.categories = categories;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Adds a priority to a tasking group. */
    @Transactional
    public Priority addPriority(Actor actor, BodyId groupId, PriorityDetails details) {
        Body group = actor == null ? partnership.body(groupId).orElseThrow() : tasking.group(actor, groupId);
        if (actor != null && (!tasking.mayAddTo(actor, group)
                || !ChangePolicy.mayChangeFor(actor, details.ownerOrganisationId() == null
                        ? group.owningOrganisationId() : details.ownerOrganisationId(), Role.CONTRIBUTOR))) {
            throw new RecordNotFoundException("tasking-group", groupId);
        }
        PriorityDetails d = rules.checked(details, null);
        requireCycle(actor, group, d.startedMeetingId());
        if (priorities.openTitled(group.id().value(), d.categoryId(), d.title(), null)) {
            throw new TaskingChangeRefused("title", "tasking.priority.title.taken");
        }
        Instant now = clock.instant();
        Priority priority = priority(UUID.randomUUID(), group.id().value(), d, now, now, 0);
        priorities.insert(priority);
        audit.recordChange(AuditAction.CREATE, PRIORITY, priority.id(), "Added the priority " + d.title() + " to "
                + group.name(), changes(null, priority));
        return priority;
    }

    /** Changes a priority read at {@code version}; refused, changing nothing, when it was changed since. */
    @Transactional
    public Priority revisePriority(Actor actor, UUID id, int version, PriorityDetails details) {
        Priority before = editable(actor, id);
        if (before.version() != version) {
            throw new TaskingChangeRefused(null, "tasking.priority.stale");
        }
        if (actor != null && !ChangePolicy.mayChangeFor(actor, details.ownerOrganisationId(), Role.CONTRIBUTOR)) {
            throw new TaskingChangeRefused("ownerOrganisationId", "tasking.priority.owner.notYours");
        }
        PriorityDetails d = rules.checked(details, before.categoryId());
        Body group = partnership.body(BodyId.of(before.groupBodyId())).orElseThrow();
        if (d.startedMeetingId() != null && !d.startedMeetingId().equals(before.startedMeetingId())) {
            requireCycle(actor, group, d.startedMeetingId());
        }
        if (priorities.openTitled(group.id().value(), d.categoryId(), d.title(), id) && !d.status().closed()) {
            throw new TaskingChangeRefused("title", "tasking.priority.title.taken");
        }
        Priority after = priority(id, before.groupBodyId(), d, before.createdAt(), clock.instant(), version);
        if (!priorities.update(after)) {
            throw new TaskingChangeRefused(null, "tasking.priority.stale");
        }
        audit.recordChange(AuditAction.UPDATE, PRIORITY, id, "Changed the priority " + d.title() + " of "
                + group.name(), changes(before, after));
        return priorities.find(id).orElseThrow();
    }

    /**
     * The fields of a priority changed since the person read it at {@code version} (each change adds one to it), by
     * the audit trail's record of each change: to tell them what someone else changed meanwhile.
     */
    @Transactional(readOnly = true)
    public Set<String> changedSince(UUID id, int version) {
        List<AuditRecord> writes = audit.historyOf(PRIORITY, id.toString()).stream()
                .filter(event -> event.action().equals("CREATE") || event.action().equals("UPDATE")).toList();
        Set<String> fields = new LinkedHashSet<>();
        for (AuditRecord write : writes.subList(Math.min(Math.max(version + 1, 0), writes.size()), writes.size())) {
            if (write.changes() != null) {
                JsonNode changes = json.readTree(write.changes());
                changes.propertyNames().forEach(fields::add);
            }
        }
        return fields;
    }

    /** Adds a category, or changes one when {@code id} is given: coordinators only (reference data of no one). */
    @Transactional
    public Category saveCategory(Actor actor, UUID id, String name, boolean environmental, boolean retired) {
        if (actor != null && !ChangePolicy.holds(actor, Role.COORDINATOR)) {
            throw new RecordNotFoundException("tasking-category", id);
        }
        Category before = id == null ? null
                : categories.find(id).orElseThrow(() -> new RecordNotFoundException("tasking-category", id));
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new TaskingChangeRefused("name", "tasking.category.name.required");
        }
        if (categories.named(name).filter(other -> !other.id().equals(id)).isPresent()) {
            throw new TaskingChangeRefused("name", "tasking.category.name.taken");
        }
        Category saved = new Category(id == null ? UUID.randomUUID() : id, name.strip(), environmental, retired);
        categories.save(saved);
        audit.recordChange(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "tasking-category", saved.id(),
                (before == null ? "Added" : "Changed") + " the tasking category " + saved.name(), Changes.none()
                        .field("name", before == null ? null : before.name(), saved.name())
                        .field("environmental", before == null ? null : before.environmental(), environmental)
                        .field("retired", before == null ? null : before.retired(), retired));
        return saved;
    }

    /** Adds an action under a priority. */
    @Transactional
    public PriorityAction addAction(Actor actor, UUID priorityId, ActionDetails details) {
        Priority priority = editable(actor, priorityId);
        ActionDetails a = rules.checked(details);
        Instant now = clock.instant();
        PriorityAction action = action(UUID.randomUUID(), priorityId, a, now, now, 0);
        actions.insert(action);
        audit.recordChange(AuditAction.CREATE, ACTION, action.id(), "Added an action to the priority "
                + priority.title(), actionChanges(null, action));
        return action;
    }

    /** Changes an action read at {@code version}: its progress, status and outcome. */
    @Transactional
    public PriorityAction reviseAction(Actor actor, UUID actionId, int version, ActionDetails details) {
        PriorityAction before = actions.find(actionId)
                .orElseThrow(() -> new RecordNotFoundException(ACTION, actionId));
        Priority priority = editable(actor, before.priorityId());
        ActionDetails a = rules.checked(details);
        PriorityAction after = action(actionId, before.priorityId(), a, before.createdAt(), clock.instant(), version);
        if (before.version() != version || !actions.update(after)) {
            throw new TaskingChangeRefused(null, "tasking.action.stale");
        }
        audit.recordChange(AuditAction.UPDATE, ACTION, actionId, "Changed an action of the priority "
                + priority.title(), actionChanges(before, after));
        return actions.find(actionId).orElseThrow();
    }

    /** Records a priority's present state at one meeting of its group, with a note of progress. */
    @Transactional
    public CycleState recordCycle(Actor actor, UUID priorityId, UUID meetingId, String progressNote) {
        Priority priority = editable(actor, priorityId);
        Body group = partnership.body(BodyId.of(priority.groupBodyId())).orElseThrow();
        requireCycle(actor, group, meetingId);
        CycleState state = new CycleState(priorityId, meetingId, null, priority.status(), priority.rag(),
                priority.ragReason(), progressNote == null || progressNote.isBlank() ? null : progressNote.strip(),
                clock.instant());
        actions.recordCycle(state);
        audit.recordChange(AuditAction.UPDATE, "tasking-cycle-state", priorityId, "Recorded the priority "
                + priority.title() + " at a meeting of " + group.name(), Changes.none()
                        .field("meetingId", null, meetingId).field("status", null, state.status())
                        .field("rag", null, state.rag()).field("progressNote", null, state.progressNote()));
        return state;
    }

    private Priority editable(Actor actor, UUID id) {
        Priority priority = priorities.find(id).orElseThrow(() -> new RecordNotFoundException(PRIORITY, id));
        if (actor != null) {
            tasking.group(actor, BodyId.of(priority.groupBodyId()));
            if (!ChangePolicy.mayChange(actor, priority, Role.CONTRIBUTOR)) {
                throw new RecordNotFoundException(PRIORITY, id);
            }
        }
        return priority;
    }

    private void requireCycle(Actor actor, Body group, UUID meetingId) {
        if (meetingId != null && actor != null && !tasking.isCycleOf(actor, group, meetingId)) {
            throw new TaskingChangeRefused("startedMeetingId", "tasking.priority.cycle.unknown");
        }
    }

    private static Priority priority(UUID id, UUID group, PriorityDetails d, Instant created, Instant updated,
            int version) {
        return new Priority(id, group, d.categoryId(), d.title(), d.placeIds(), d.locationText(), d.latitude(),
                d.longitude(), d.problem(), d.evidence(), d.ownerOrganisationId(), d.leadPersonId(),
                d.partnerOrganisationIds(), d.startedMeetingId(), d.targetOutcome(), d.status(), d.rag(),
                d.ragReason(), d.outcome(), d.handlingLevel(), created, updated, version);
    }

    private static PriorityAction action(UUID id, UUID priority, ActionDetails a, Instant created, Instant updated,
            int version) {
        return new PriorityAction(id, priority, a.description(), a.ownerOrganisationId(), a.ownerPersonId(),
                a.ownerTeam(), a.kind(), a.dueDate(), a.byNextCycle(), a.status(), a.outcome(), created, updated,
                version, a.figures());
    }

    private static Changes changes(Priority b, Priority a) {
        return Changes.none().field("categoryId", b == null ? null : b.categoryId(), a.categoryId())
                .field("title", b == null ? null : b.title(), a.title())
                .field("placeIds", b == null ? null : b.placeIds(), a.placeIds())
                .field("locationText", b == null ? null : b.locationText(), a.locationText())
                .field("point", b == null ? null : point(b), point(a))
                .field("problem", b == null ? null : b.problem(), a.problem())
                .field("evidence", b == null ? null : b.evidence(), a.evidence())
                .field("ownerOrganisationId", b == null ? null : b.owningOrganisationId(), a.owningOrganisationId())
                .field("leadPersonId", b == null ? null : b.leadPersonId(), a.leadPersonId())
                .field("partnerOrganisationIds", b == null ? null : Set.copyOf(b.partnerOrganisationIds()),
                        Set.copyOf(a.partnerOrganisationIds()))
                .field("startedMeetingId", b == null ? null : b.startedMeetingId(), a.startedMeetingId())
                .field("targetOutcome", b == null ? null : b.targetOutcome(), a.targetOutcome())
                .field("status", b == null ? null : b.status(), a.status())
                .field("rag", b == null ? null : b.rag(), a.rag())
                .field("ragReason", b == null ? null : b.ragReason(), a.ragReason())
                .field("outcome", b == null ? null : b.outcome(), a.outcome())
                .field("handlingLevel", b == null ? null : b.handlingLevel(), a.handlingLevel());
    }

    private static String point(Priority p) {
        return p.latitude() == null ? null : p.latitude() + "," + p.longitude();
    }

    private static Changes actionChanges(PriorityAction b, PriorityAction a) {
        return Changes.none().field("description", b == null ? null : b.description(), a.description())
                .field("ownerOrganisationId", b == null ? null : b.ownerOrganisationId(), a.ownerOrganisationId())
                .field("ownerPersonId", b == null ? null : b.ownerPersonId(), a.ownerPersonId())
                .field("ownerTeam", b == null ? null : b.ownerTeam(), a.ownerTeam())
                .field("kind", b == null ? null : b.kind(), a.kind())
                .field("dueDate", b == null ? null : b.dueDate(), a.dueDate())
                .field("byNextCycle", b == null ? null : b.byNextCycle(), a.byNextCycle())
                .field("status", b == null ? null : b.status(), a.status())
                .field("outcome", b == null ? null : b.outcome(), a.outcome())
                .field("figures", b == null || b.figures().isEmpty() ? null : b.figures(),
                        a.figures().isEmpty() ? null : a.figures());
    }
}
