package uk.saferhub.workforce.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.geography.Place;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Restricted;

/**
 * Changes to funding schemes, PCSOs, team posts and patrol attachments, each checked, then audited in the same
 * transaction. An actor changes only records of organisations sharing with theirs, as a coordinator or administrator
 * (others get 404, as if the record were absent); a null actor is the system, such as the demonstration loader.
 * A refused change ({@link WorkforceChangeRefused}) changes nothing.
 */
@Service
public class WorkforceEditor {

    private final Workforce workforce;
    private final SchemeStore schemes;
    private final PcsoStore pcsos;
    private final AttachmentStore attachments;
    private final TeamPostsStore posts;
    private final ReferenceChecks references;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    WorkforceEditor(Workforce workforce, SchemeStore schemes, PcsoStore pcsos, AttachmentStore attachments,
            TeamPostsStore posts, ReferenceChecks references, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.workforce = workforce;
        this.schemes = schemes;
        this.pcsos = pcsos;
        this.attachments = attachments;
        this.posts = posts;
        this.references = references;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public FundingScheme createScheme(Actor actor, SchemeDetails details) {
        FundingScheme scheme = FundingScheme.of(UUID.randomUUID(), checked(actor, details, null));
        schemes.insert(scheme, clock.instant());
        audit.recordChange(AuditAction.CREATE, scheme.recordType(), scheme.id(), "Added funding scheme "
                + scheme.name(), Changes.created(AuditValues.of(details)));
        return scheme;
    }

    @Transactional
    public FundingScheme reviseScheme(Actor actor, UUID id, SchemeDetails details) {
        FundingScheme before = editable(actor, schemes.find(id).orElse(null), "workforce-scheme", id);
        FundingScheme revised = FundingScheme.of(id, checked(actor, details, id));
        schemes.update(revised, clock.instant());
        audit.recordChange(AuditAction.UPDATE, revised.recordType(), id, "Changed funding scheme " + revised.name(),
                AuditValues.changes(AuditValues.of(before.details()), AuditValues.of(details)));
        return revised;
    }

    @Transactional
    public Pcso createPcso(Actor actor, PcsoDetails details) {
        Pcso pcso = Pcso.of(UUID.randomUUID(), checked(actor, details, null));
        pcsos.insert(pcso, clock.instant());
        audit.recordChange(AuditAction.CREATE, pcso.recordType(), pcso.id(), "Added " + pcso.label(),
                Changes.created(AuditValues.of(details)));
        return pcso;
    }

    @Transactional
    public Pcso revisePcso(Actor actor, UUID id, PcsoDetails details) {
        Pcso before = editable(actor, pcsos.find(id).orElse(null), "pcso", id);
        Pcso revised = Pcso.of(id, checked(actor, details, id));
        pcsos.update(revised, clock.instant());
        audit.recordChange(AuditAction.UPDATE, revised.recordType(), id, "Changed " + revised.label(),
                AuditValues.changes(AuditValues.of(before.details()), AuditValues.of(details)));
        return revised;
    }

    /**
     * Attaches a PCSO to each of the wards, all or none: a place that is not a ward, an end before the start, or an
     * attachment overlapping one of the same PCSO to the same ward in the same role is refused.
     */
    @Transactional
    public List<PatrolAttachment> attach(Actor actor, UUID pcsoId, NewAttachment request) {
        Pcso pcso = editable(actor, pcsos.find(pcsoId).orElse(null), "pcso", pcsoId);
        if (request.wardIds().isEmpty()) {
            throw new WorkforceChangeRefused("wardIds", "workforce.attach.wardIds.required");
        }
        if (request.from() == null) {
            throw new WorkforceChangeRefused("from", "workforce.attach.from.required");
        }
        if (request.to() != null && request.to().isBefore(request.from())) {
            throw new WorkforceChangeRefused("to", "workforce.attach.to.beforeFrom");
        }
        Map<UUID, Place> wards = new LinkedHashMap<>();
        request.wardIds().forEach(id -> wards.put(id, references.ward(id)));
        List<PatrolAttachment> existing = attachments.ofPcso(pcsoId);
        for (Place ward : wards.values()) {
            for (PatrolAttachment other : existing) {
                if (other.wardId().equals(ward.id()) && other.role() == request.role()
                        && other.overlaps(request.from(), request.to())) {
                    String role = request.role().label().toLowerCase();
                    throw other.to() == null
                            ? new WorkforceChangeRefused("from", "workforce.attach.from.overlaps", pcso.name(),
                                    ward.name(), role, other.from().toString())
                            : new WorkforceChangeRefused("from", "workforce.attach.from.overlapsUntil", pcso.name(),
                                    ward.name(), role, other.from().toString(), other.to().toString());
                }
            }
        }
        List<PatrolAttachment> added = new ArrayList<>();
        for (Place ward : wards.values()) {
            var attachment = new PatrolAttachment(UUID.randomUUID(), pcsoId, ward.id(), request.role(),
                    request.from(), request.to());
            attachments.insert(attachment, clock.instant());
            audit.recordChange(AuditAction.CREATE, "patrol-attachment", attachment.id(),
                    "Attached " + pcso.label() + " to " + ward.name() + " (" + request.role().label().toLowerCase()
                            + ") from " + request.from(),
                    Changes.none().field("pcsoId", null, pcsoId).field("wardId", null, ward.id())
                            .field("role", null, request.role()).field("from", null, request.from())
                            .field("to", null, request.to()));
            added.add(attachment);
        }
        return added;
    }

    /** Ends an attachment on the given day (its last day); the attachment stays in the PCSO's history. */
    @Transactional
    public PatrolAttachment endAttachment(Actor actor, UUID attachmentId, LocalDate to) {
        PatrolAttachment attachment = attachments.find(attachmentId)
                .orElseThrow(() -> new RecordNotFoundException("patrol-attachment", attachmentId));
        Pcso pcso = editable(actor, pcsos.find(attachment.pcsoId()).orElse(null), "pcso", attachment.pcsoId());
        if (to == null) {
            throw new WorkforceChangeRefused("to", "workforce.end.to.required");
        }
        if (attachment.ended()) {
            throw new WorkforceChangeRefused("to", "workforce.end.to.alreadyEnded", attachment.to().toString());
        }
        if (to.isBefore(attachment.from())) {
            throw new WorkforceChangeRefused("to", "workforce.end.to.beforeStart", attachment.from().toString());
        }
        attachments.end(attachmentId, to);
        audit.recordChange(AuditAction.UPDATE, "patrol-attachment", attachmentId,
                "Ended the attachment of " + pcso.label() + " to " + references.wardName(attachment.wardId())
                        + " on " + to,
                Changes.none().field("to", null, to));
        return new PatrolAttachment(attachmentId, attachment.pcsoId(), attachment.wardId(), attachment.role(),
                attachment.from(), to);
    }

    /** Records how many PCSO posts a neighbourhood policing team has. */
    @Transactional
    public TeamPosts setEstablishment(Actor actor, UUID teamId, int establishment) {
        var team = references.team(null, teamId, "teamId");
        if (actor != null && !workforce.mayEditFor(actor, teamId)) {
            throw new RecordNotFoundException("team", teamId);
        }
        if (establishment < 0) {
            throw new WorkforceChangeRefused("establishment", "workforce.posts.establishment.negative");
        }
        if (establishment > 100_000) {
            throw new WorkforceChangeRefused("establishment", "workforce.posts.establishment.tooMany");
        }
        Integer before = posts.establishment(teamId).orElse(null);
        posts.save(teamId, establishment, clock.instant());
        audit.recordChange(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "team-posts", teamId,
                "PCSO posts of " + team.name() + " set to " + establishment,
                Changes.none().field("establishment", before, establishment));
        return new TeamPosts(teamId, team.name(), establishment, pcsos.activeByTeam().getOrDefault(teamId, 0));
    }

    private SchemeDetails checked(Actor actor, SchemeDetails details, UUID id) {
        details.check();
        references.organisation(actor, details.funderId(), "funderId", "workforce.scheme.funderId.outside");
        if (schemes.nameTaken(details.funderId(), details.name(), id)) {
            throw new WorkforceChangeRefused("name", "workforce.scheme.name.taken", details.name());
        }
        return details;
    }

    private PcsoDetails checked(Actor actor, PcsoDetails details, UUID id) {
        details.check();
        var force = references.force(actor, details.forceId());
        pcsos.withCollar(details.forceId(), details.collarNumber()).filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw new WorkforceChangeRefused("collarNumber", "workforce.pcso.collarNumber.taken",
                            details.collarNumber(), other.name(), force.name());
                });
        if (details.teamId() != null) {
            references.team(actor, details.teamId(), "teamId");
        }
        if (details.supervisorId() != null) {
            references.person(actor, details.supervisorId(), "supervisorId", "workforce.pcso.supervisorId.unknown");
        }
        if (details.personId() != null) {
            references.person(actor, details.personId(), "personId", "workforce.pcso.personId.unknown");
            pcsos.forPerson(details.personId()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
                throw new WorkforceChangeRefused("personId", "workforce.pcso.personId.taken", other.label());
            });
        }
        if (details.schemeId() != null) {
            schemes.find(details.schemeId()).filter(scheme -> actor == null || AccessPolicy.canSee(actor, scheme))
                    .orElseThrow(() -> new WorkforceChangeRefused("schemeId", "workforce.pcso.schemeId.unknown"));
        }
        return details;
    }

    /** The record when the actor may change it; otherwise it answers as absent (audited when not even visible). */
    private <T extends Restricted> T editable(Actor actor, T record, String type, UUID id) {
        if (record == null) {
            throw new RecordNotFoundException(type, id);
        }
        if (actor == null) {
            return record;
        }
        access.requireVisible(actor, record);
        if (!workforce.mayEdit(actor, record)) {
            throw new RecordNotFoundException(type, id);
        }
        return record;
    }
}
