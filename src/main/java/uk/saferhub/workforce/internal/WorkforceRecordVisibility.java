package uk.saferhub.workforce.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;
import uk.saferhub.shared.access.Restricted;

/**
 * Which workforce records the audit trail may show an actor: schemes, PCSOs, their attachments, training events and
 * requirements as the access policy lets them see them, a team's posts as its organisation, and a PCSO's personal
 * development record only as {@link DevelopmentRecords#maySee} allows (their force, or the PCSO).
 */
@Component
class WorkforceRecordVisibility implements RecordVisibility {

    private final SchemeStore schemes;
    private final PcsoStore pcsos;
    private final AttachmentStore attachments;
    private final TrainingStore trainingEvents;
    private final TrainingRequirementStore requirements;
    private final TrainingOfficerStore officers;
    private final DevelopmentRecords developmentRecords;
    private final Directory directory;
    private final JdbcClient jdbc;

    WorkforceRecordVisibility(SchemeStore schemes, PcsoStore pcsos, AttachmentStore attachments,
            TrainingStore trainingEvents, TrainingRequirementStore requirements, TrainingOfficerStore officers,
            DevelopmentRecords developmentRecords, Directory directory, JdbcClient jdbc) {
        this.schemes = schemes;
        this.pcsos = pcsos;
        this.attachments = attachments;
        this.trainingEvents = trainingEvents;
        this.requirements = requirements;
        this.officers = officers;
        this.developmentRecords = developmentRecords;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("workforce-scheme", "scheme", "pcso", "patrol-attachment", "team-posts", "training-event",
                "training-requirement", "pcso-development", "pcso-development-entry", PatrolPlans.RECORD_TYPE,
                PatrolShifts.RECORD_TYPE);
    }

    @Override
    public Set<String> visibleTo(Actor actor, String recordType, Set<String> recordIds) {
        Set<UUID> ids = RecordVisibility.uuidsOf(recordIds);
        if (recordType.equals("team-posts")) {
            return RecordVisibility.idsOf(directory.organisationsVisibleTo(actor, ids));
        }
        var visible = new HashSet<UUID>();
        for (UUID id : ids) {
            if (visible(actor, recordType, id)) {
                visible.add(id);
            }
        }
        return RecordVisibility.idsOf(visible);
    }

    private boolean visible(Actor actor, String recordType, UUID id) {
        return switch (recordType) {
            case "workforce-scheme", "scheme" -> seen(actor, schemes.find(id));
            case "pcso" -> seen(actor, pcsos.find(id));
            case "patrol-attachment" -> attachments.find(id).map(PatrolAttachment::pcsoId)
                    .map(pcso -> seen(actor, pcsos.find(pcso))).orElse(false);
            case "training-event" -> seen(actor, trainingEvents.find(id));
            case "training-requirement" -> seen(actor, requirements.find(id));
            case "pcso-development" -> developmentRecordSeen(actor, id);
            case PatrolPlans.RECORD_TYPE -> jdbc.sql("select force_id from workforce_patrol_plan where id = ?")
                    .param(id).query(UUID.class).optional().map(force -> developmentRecords.ofForce(actor, force))
                    .orElse(false);
            case PatrolShifts.RECORD_TYPE -> jdbc.sql("select pcso_id from workforce_shift where id = ?").param(id)
                    .query(UUID.class).optional().map(pcso -> seen(actor, pcsos.find(pcso))).orElse(false);
            default -> pcsoOfEntry(id).map(pcso -> developmentRecordSeen(actor, pcso)).orElse(false);
        };
    }

    private static boolean seen(Actor actor, Optional<? extends Restricted> record) {
        return record.map(found -> AccessPolicy.canSee(actor, found)).orElse(false);
    }

    private boolean developmentRecordSeen(Actor actor, UUID pcso) {
        return officers.find(pcso).map(officer -> developmentRecords.maySee(actor, officer)).orElse(false);
    }

    private Optional<UUID> pcsoOfEntry(UUID entry) {
        List<UUID> found = jdbc.sql("select pcso_id from workforce_development_entry where id = ?").param(entry)
                .query(UUID.class).list();
        return found.stream().findFirst();
    }
}
