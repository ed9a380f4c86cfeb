package uk.saferhub.workforce.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;

/**
 * The training module's API: training events and who attended them, each PCSO's training record, what training is
 * required where, and the PCSOs who lack it. Events and requirements are partnership records of the organisation
 * that set them: its partners see them, their coordinators change them; every change is audited.
 */
@Service
public class Training {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final TrainingStore events;
    private final TrainingOfficerStore officers;
    private final TrainingRequirementStore requirements;
    private final RequirementScope scope;
    private final TrainingRules rules;
    private final Directory directory;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    Training(TrainingStore events, TrainingOfficerStore officers, TrainingRequirementStore requirements,
            RequirementScope scope, TrainingRules rules, Directory directory, AccessPolicy access, AuditTrail audit,
            Clock clock) {
        this.events = events;
        this.officers = officers;
        this.requirements = requirements;
        this.scope = scope;
        this.rules = rules;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    // --- events ----------------------------------------------------------------------------------------------------

    /** The events the actor may see, by date; only those on the topic (any case) when one is given. */
    @Transactional(readOnly = true)
    public List<TrainingEvent> events(Actor actor, String topic) {
        return events.ownedBy(visibleOwners(actor), topic == null || topic.isBlank() ? null : topic.strip());
    }

    /** The topics of the events the actor may see. */
    @Transactional(readOnly = true)
    public List<String> topics(Actor actor) {
        return events.topics(visibleOwners(actor));
    }

    @Transactional(readOnly = true)
    public TrainingEvent event(Actor actor, UUID id) {
        return access.requireVisible(actor, events.find(id), "training-event", id);
    }

    /** Whether the actor may change the event: {@link ChangePolicy}, coordinators. */
    public boolean mayEdit(Actor actor, TrainingEvent event) {
        return ChangePolicy.mayChange(actor, event, Role.COORDINATOR);
    }

    /** An event the actor may change; any other answers as absent. */
    @Transactional(readOnly = true)
    public TrainingEvent editableEvent(Actor actor, UUID id) {
        TrainingEvent event = event(actor, id);
        if (!mayEdit(actor, event)) {
            throw new RecordNotFoundException("training-event", id);
        }
        return event;
    }

    /** Adds an event held by the actor's organisation. */
    @Transactional
    public TrainingEvent createEvent(Actor actor, TrainingEventDetails details) {
        if (!mayChangeRequirements(actor)) {
            throw new AccessDeniedException("Coordinators add training events");
        }
        TrainingEventDetails clean = rules.event(details);
        UUID id = UUID.randomUUID();
        events.insert(id, clean, actor.organisationId(), clock.instant());
        TrainingEvent event = events.find(id).orElseThrow();
        audit.recordChange(AuditAction.CREATE, event.recordType(), id, "Training event added: " + clean.title(),
                Changes.created(TrainingAuditFields.of(event)));
        return event;
    }

    @Transactional
    public TrainingEvent reviseEvent(Actor actor, UUID id, TrainingEventDetails details) {
        TrainingEvent before = editableEvent(actor, id);
        events.update(id, rules.event(details), clock.instant());
        TrainingEvent after = events.find(id).orElseThrow();
        Changes changes = new Changes();
        Map<String, Object> was = TrainingAuditFields.of(before);
        TrainingAuditFields.of(after).forEach((field, value) -> changes.field(field, was.get(field), value));
        audit.recordChange(AuditAction.UPDATE, after.recordType(), id, "Training event changed: " + after.title(),
                changes);
        return after;
    }

    /**
     * The PCSOs whose attendance can be recorded for the event, with what is recorded: those not yet left of the
     * forces sharing with the event's owner, and anyone already recorded, as far as the actor may see them.
     */
    @Transactional(readOnly = true)
    public List<TrainingAttendee> attendance(Actor actor, UUID eventId) {
        TrainingEvent event = event(actor, eventId);
        Map<UUID, Boolean> recorded = events.attendance(eventId);
        Set<UUID> forces = new HashSet<>(directory.partnersOf(event.ownerId()));
        forces.retainAll(visibleOwners(actor));
        Map<UUID, TrainingOfficer> offered = new LinkedHashMap<>();
        officers.ofForces(forces).stream().filter(officer -> !"LEFT".equals(officer.status()))
                .forEach(officer -> offered.put(officer.id(), officer));
        officers.find(recorded.keySet()).stream().filter(officer -> AccessPolicy.canSee(actor, officer))
                .forEach(officer -> offered.putIfAbsent(officer.id(), officer));
        return offered.values().stream()
                .sorted(Comparator.comparing(TrainingOfficer::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(TrainingOfficer::collarNumber))
                .map(officer -> new TrainingAttendee(officer, recorded.get(officer.id()))).toList();
    }

    /**
     * Records who attended a held event: the PCSOs given attended; those offered but not given are recorded as not
     * attending when something was recorded for them before.
     */
    @Transactional
    public void recordAttendance(Actor actor, UUID eventId, Set<UUID> attended) {
        TrainingEvent event = editableEvent(actor, eventId);
        if (!event.heldBy(today())) {
            throw new TrainingChangeRefused(null, "workforce.attendance.notYetHeld");
        }
        List<TrainingAttendee> offered = attendance(actor, eventId);
        Set<UUID> offeredIds = offered.stream().map(one -> one.officer().id()).collect(Collectors.toSet());
        if (!offeredIds.containsAll(attended)) {
            throw new TrainingChangeRefused("attended", "workforce.attendance.attended.unknown");
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (TrainingAttendee one : offered) {
            boolean came = attended.contains(one.officer().id());
            if (one.recordedAttending()) {
                before.add(one.officer().label());
            }
            if (came) {
                after.add(one.officer().label());
            }
            if (came || one.attended() != null) {
                events.recordAttendance(eventId, one.officer().id(), came);
            }
        }
        audit.recordChange(AuditAction.UPDATE, event.recordType(), eventId, "Attendance recorded: " + event.title(),
                new Changes().field("attended", String.join("; ", before), String.join("; ", after)));
    }

    // --- a PCSO's record -------------------------------------------------------------------------------------------

    /** A PCSO, if the actor's organisation shares with their force. */
    @Transactional(readOnly = true)
    public TrainingOfficer officer(Actor actor, UUID pcsoId) {
        return access.requireVisible(actor, officers.find(pcsoId), "pcso", pcsoId);
    }

    @Transactional(readOnly = true)
    public TrainingRecord record(Actor actor, UUID pcsoId) {
        TrainingOfficer officer = officer(actor, pcsoId);
        List<TrainingEvent> attended = new ArrayList<>();
        List<TrainingEvent> missed = new ArrayList<>();
        for (Map.Entry<TrainingEvent, Boolean> one : events.eventsOf(pcsoId)) {
            if (AccessPolicy.canSee(actor, one.getKey())) {
                (one.getValue() ? attended : missed).add(one.getKey());
            }
        }
        LocalDate today = today();
        List<TrainingRecord.RequirementStatus> statuses = requirements(actor).stream()
                .filter(requirement -> scope.officers(requirement, today).stream()
                        .anyMatch(one -> one.id().equals(pcsoId)))
                .map(requirement -> new TrainingRecord.RequirementStatus(requirement,
                        !events.attendedTopic(requirement.topic(), List.of(pcsoId)).isEmpty()))
                .toList();
        return new TrainingRecord(officer, attended, missed, statuses);
    }

    // --- requirements and gaps -------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<TrainingRequirement> requirements(Actor actor) {
        return requirements.ownedBy(visibleOwners(actor)).stream().map(rules::named).toList();
    }

    /** Whether the actor may add training events and requirements for their organisation: {@link ChangePolicy}. */
    public boolean mayChangeRequirements(Actor actor) {
        return actor != null && ChangePolicy.mayChangeFor(actor, actor.organisationId(), Role.COORDINATOR);
    }

    /** Whether the actor may remove the requirement: {@link ChangePolicy}, coordinators. */
    public boolean mayRemove(Actor actor, TrainingRequirement requirement) {
        return ChangePolicy.mayChange(actor, requirement, Role.COORDINATOR);
    }

    /** Adds a requirement set by the actor's organisation. */
    @Transactional
    public TrainingRequirement addRequirement(Actor actor, TrainingRequirementDetails details) {
        if (!mayChangeRequirements(actor)) {
            throw new AccessDeniedException("Coordinators add requirements");
        }
        TrainingRequirementDetails clean = rules.requirement(details, schemeChoices(actor).keySet());
        UUID id = UUID.randomUUID();
        requirements.insert(id, clean, actor.organisationId(), clock.instant());
        TrainingRequirement requirement = rules.named(requirements.find(id).orElseThrow());
        audit.recordChange(AuditAction.CREATE, requirement.recordType(), id,
                "Training requirement added: " + requirement.topic(), Changes.created(TrainingAuditFields.of(requirement)));
        return requirement;
    }

    @Transactional
    public void removeRequirement(Actor actor, UUID id) {
        TrainingRequirement requirement = access.requireVisible(actor, requirements.find(id),
                "training-requirement", id);
        if (!mayRemove(actor, requirement)) {
            throw new RecordNotFoundException("training-requirement", id);
        }
        requirements.delete(id);
        Changes changes = new Changes();
        TrainingAuditFields.of(rules.named(requirement)).forEach((field, value) -> changes.field(field, value, null));
        audit.recordChange(AuditAction.DELETE, requirement.recordType(), id,
                "Training requirement removed: " + requirement.topic(), changes);
    }

    /** For each requirement the actor may see: the active PCSOs (that they may see) it applies to and who lacks it. */
    @Transactional(readOnly = true)
    public List<TrainingGap> gaps(Actor actor) {
        LocalDate today = today();
        return requirements(actor).stream().map(requirement -> {
            List<TrainingOfficer> applies = scope.officers(requirement, today).stream()
                    .filter(officer -> officer.active() && AccessPolicy.canSee(actor, officer)).toList();
            Set<UUID> trained = events.attendedTopic(requirement.topic(),
                    applies.stream().map(TrainingOfficer::id).toList());
            return new TrainingGap(requirement, applies,
                    applies.stream().filter(officer -> !trained.contains(officer.id())).toList());
        }).toList();
    }

    /** The funding schemes a requirement may name: those the actor may see, id to name. */
    @Transactional(readOnly = true)
    public Map<UUID, String> schemeChoices(Actor actor) {
        return officers.schemesVisibleTo(actor);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Set<UUID> visibleOwners(Actor actor) {
        Set<UUID> owners = new HashSet<>(actor.partnerOrganisationIds());
        owners.add(actor.organisationId());
        return owners;
    }
}
