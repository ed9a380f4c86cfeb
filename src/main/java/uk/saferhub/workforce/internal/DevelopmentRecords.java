package uk.saferhub.workforce.internal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.AccessRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.RestrictedRecordViewed;
import uk.saferhub.shared.access.Role;

/**
 * PCSOs' personal development records (seed 002: integrated into the Constabulary's frameworks). A record is seen only
 * by the users of the PCSO's force (its own organisation, or a police organisation below it: a division, a team) and
 * by the PCSO themselves; to anyone else it does not exist. Every view is audited, and so is every entry added, by a
 * contributor or coordinator of the force.
 */
@Service
public class DevelopmentRecords {

    static final String RECORD_TYPE = "pcso-development";
    private static final int MAX_NOTE = 4000;

    private final TrainingOfficerStore officers;
    private final DevelopmentStore entries;
    private final Directory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DevelopmentRecords(TrainingOfficerStore officers, DevelopmentStore entries, Directory directory, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.officers = officers;
        this.entries = entries;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The record, its view audited; 404 (the refusal audited) for anyone outside the force but the PCSO. */
    @Transactional(readOnly = true)
    public DevelopmentRecord record(Actor actor, UUID pcsoId) {
        TrainingOfficer officer = readable(actor, pcsoId);
        events.publishEvent(new RestrictedRecordViewed(actor, RECORD_TYPE, pcsoId.toString(), HandlingLevel.AGENCY));
        return new DevelopmentRecord(officer, entries.entriesOf(pcsoId), mayAdd(actor, officer));
    }

    @Transactional
    public DevelopmentEntry add(Actor actor, UUID pcsoId, NewDevelopmentEntry entry) {
        TrainingOfficer officer = readable(actor, pcsoId);
        if (!mayAdd(actor, officer)) {
            throw new AccessDeniedException("Contributors of the PCSO's force add development entries");
        }
        if (entry.entryDate() == null) {
            throw new TrainingChangeRefused("entryDate", "workforce.development.entryDate.required");
        }
        if (entry.kind() == null) {
            throw new TrainingChangeRefused("kind", "workforce.development.kind.required");
        }
        String note = entry.note() == null ? "" : entry.note().strip();
        if (note.isEmpty()) {
            throw new TrainingChangeRefused("note", "workforce.development.note.required");
        }
        if (note.length() > MAX_NOTE) {
            throw new TrainingChangeRefused("note", "workforce.development.note.tooLong");
        }
        var saved = new DevelopmentEntry(UUID.randomUUID(), pcsoId, entry.entryDate(), entry.kind(), note,
                actor.name(), clock.instant());
        entries.insert(saved);
        // The note itself stays out of the audit trail: its readers are wider than this record's.
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("pcso", pcsoId);
        fields.put("entryDate", saved.entryDate());
        fields.put("kind", saved.kind().label());
        fields.put("writtenBy", saved.writtenBy());
        fields.put("note", "(" + note.length() + " characters, kept in the development record only)");
        audit.recordChange(AuditAction.CREATE, RECORD_TYPE + "-entry", saved.id(),
                "Personal development entry added for PCSO " + officer.collarNumber(), Changes.created(fields));
        return saved;
    }

    /** Whether the actor may read the PCSO's development record: of their force, or the PCSO themselves. */
    public boolean maySee(Actor actor, TrainingOfficer officer) {
        return AccessPolicy.canSee(actor, recordOf(officer));
    }

    /** Whether the actor is of the PCSO's force: its own organisation, or a police organisation below it. */
    public boolean ofForce(Actor actor, UUID forceId) {
        return actor != null && forceOrganisations(forceId).contains(actor.organisationId());
    }

    private PersonalDevelopment recordOf(TrainingOfficer officer) {
        return new PersonalDevelopment(officer, forceOrganisations(officer.forceId()));
    }

    /** The force and every police organisation below it (divisions, teams), at any depth. */
    private Set<UUID> forceOrganisations(UUID forceId) {
        List<OrganisationSummary> organisations = directory.allOrganisations();
        Map<UUID, List<OrganisationSummary>> children = organisations.stream()
                .filter(organisation -> organisation.parentId() != null)
                .collect(Collectors.groupingBy(OrganisationSummary::parentId));
        Set<UUID> found = new HashSet<>(Set.of(forceId));
        Deque<UUID> next = new ArrayDeque<>(List.of(forceId));
        while (!next.isEmpty()) {
            for (OrganisationSummary child : children.getOrDefault(next.pop(), List.of())) {
                if (found.add(child.id())) {
                    next.push(child.id());
                }
            }
        }
        Set<UUID> police = organisations.stream().filter(OrganisationSummary::police)
                .map(OrganisationSummary::id).collect(Collectors.toSet());
        found.removeIf(id -> !id.equals(forceId) && !police.contains(id));
        return found;
    }

    private TrainingOfficer readable(Actor actor, UUID pcsoId) {
        TrainingOfficer officer = officers.find(pcsoId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE,
                pcsoId));
        if (!maySee(actor, officer)) {
            events.publishEvent(new AccessRefused(actor, RECORD_TYPE, pcsoId.toString(),
                    "not of the PCSO's force and not the PCSO"));
            throw new RecordNotFoundException(RECORD_TYPE, pcsoId);
        }
        return officer;
    }

    private boolean mayAdd(Actor actor, TrainingOfficer officer) {
        return ChangePolicy.mayChange(actor, recordOf(officer), Role.CONTRIBUTOR);
    }
}
