package uk.saferhub.intake.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.directory.PersonSummary;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.intake.PriorityChoice;
import uk.saferhub.intake.PriorityChoices;
import uk.saferhub.shared.access.AccessRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.RestrictedRecordViewed;

/**
 * The intake queue: the reports routed to the actor's organisation, with their reporters' personal data (only that
 * organisation sees it; each view is audited), and the triage that changes a report's status. Every change is an
 * update with its update_id, seen through Open311's requests and servicerequestupdates.
 */
@Service
public class IntakeQueue {

    private final QueueStore queue;
    private final RequestStore requests;
    private final Geography geography;
    private final Directory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PriorityChoices priorities;

    IntakeQueue(QueueStore queue, RequestStore requests, Geography geography, Directory directory, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock, PriorityChoices priorities) {
        this.priorities = priorities;
        this.queue = queue;
        this.requests = requests;
        this.geography = geography;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<QueueRow> queue(Actor actor) {
        List<QueueRow> rows = queue.routedTo(actor.organisationId()).stream()
                .map(row -> new QueueRow(row.report(), row.report().wardId() == null ? null
                        : geography.place(row.report().wardId()).map(Place::name).orElse(null), row.reporter()))
                .toList();
        rows.forEach(row -> events.publishEvent(new RestrictedRecordViewed(actor, "intake-reporter",
                String.valueOf(row.report().id()), HandlingLevel.AGENCY)));
        return rows;
    }

    /** The people of the actor's organisation a report may be assigned to. */
    @Transactional(readOnly = true)
    public List<PersonSummary> officers(Actor actor) {
        return directory.peopleVisibleTo(actor).stream()
                .filter(person -> actor.organisationId().equals(person.organisationId())).toList();
    }

    /** The other organisations of the actor's partnership a report may be referred to. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> partners(Actor actor) {
        return directory.partnersOf(actor.organisationId()).stream()
                .filter(id -> !id.equals(actor.organisationId())).map(directory::organisation)
                .flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(OrganisationSummary::name)).toList();
    }

    /** The priorities the actor may link a report to. */
    @Transactional(readOnly = true)
    public List<PriorityChoice> priorities(Actor actor) {
        return priorities.open(actor);
    }

    public java.util.Optional<String> organisationName(UUID id) {
        return directory.organisation(id).map(OrganisationSummary::name);
    }

    public java.util.Optional<String> personName(Actor actor, UUID id) {
        return officers(actor).stream().filter(person -> person.id().equals(id)).map(PersonSummary::name)
                .findFirst();
    }

    /**
     * Changes a report's status on behalf of the organisation handling it; answers the update_id. A report routed
     * elsewhere is answered as absent, and the refusal audited.
     *
     * @param statusNotes what residents see, already worded (the note, or who decided and why)
     */
    @Transactional
    public long triage(Actor actor, long id, Triage triage, String statusNotes, Long original, UUID officer,
            UUID partner) {
        return triage(actor, id, triage, statusNotes, original, officer, partner, null);
    }

    /** {@link #triage} with, for a link, the priority the report feeds (one the actor may see). */
    @Transactional
    public long triage(Actor actor, long id, Triage triage, String statusNotes, Long original, UUID officer,
            UUID partner, UUID priority) {
        UUID routed = queue.routedOrganisation(id).orElse(null);
        if (routed == null || !routed.equals(actor.organisationId())) {
            if (requests.find(id).isPresent()) {
                events.publishEvent(new AccessRefused(actor, "intake-request", String.valueOf(id),
                        "routed to another organisation"));
            }
            throw new RecordNotFoundException("intake-request", id);
        }
        if (triage == Triage.DUPLICATE) {
            if (original == null || original == id || requests.find(original).isEmpty()) {
                throw new IntakeChangeRefused("original", "intake.queue.original.unknown");
            }
        }
        if (triage == Triage.ASSIGN && (officer == null || directory.peopleVisibleTo(actor).stream()
                .noneMatch(person -> person.id().equals(officer)
                        && actor.organisationId().equals(person.organisationId())))) {
            throw new IntakeChangeRefused("officer", "intake.queue.officer.unknown");
        }
        if (triage == Triage.REFER && (partner == null || partner.equals(actor.organisationId())
                || !directory.partnersOf(actor.organisationId()).contains(partner))) {
            throw new IntakeChangeRefused("partner", "intake.queue.partner.unknown");
        }
        if (triage == Triage.LINK && (priority == null || priorities.find(actor, priority).isEmpty())) {
            throw new IntakeChangeRefused("priority", "intake.queue.priority.unknown");
        }
        if ((triage == Triage.REJECT || triage == Triage.CLOSE) && (statusNotes == null || statusNotes.isBlank())) {
            throw new IntakeChangeRefused("note", "intake.queue.note.required");
        }
        if (triage == Triage.ASSIGN) {
            queue.assign(id, officer);
        }
        if (triage == Triage.REFER) {
            queue.refer(id, partner);
        }
        if (triage == Triage.LINK) {
            queue.link(id, priority);
        }
        var now = clock.instant();
        long updateId = requests.addUpdate(id, triage.status(), statusNotes, null, null, "STAFF", now, now);
        audit.recordChange(AuditAction.UPDATE, "intake-request", id, "Report " + id + ": " + triage.name()
                + " (update " + updateId + ")", Changes.none());
        return updateId;
    }
}
