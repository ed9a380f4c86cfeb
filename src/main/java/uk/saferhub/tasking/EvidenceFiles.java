package uk.saferhub.tasking;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.documents.FileCheck;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.tasking.internal.EvidenceFile;
import uk.saferhub.tasking.internal.EvidenceFileStore;
import uk.saferhub.tasking.internal.PriorityView;
import uk.saferhub.tasking.internal.TaskingChangeRefused;

/**
 * Files of evidence for a priority: added by whoever may change the priority, after the same checks as documents'
 * attachments; listed and downloaded by whoever may see it (opening a restricted priority's file is audited as a view
 * of the priority).
 */
@Service
public class EvidenceFiles {

    static final String RECORD_TYPE = "tasking-evidence-file";

    private final Tasking tasking;
    private final EvidenceFileStore files;
    private final AuditTrail audit;
    private final Clock clock;

    EvidenceFiles(Tasking tasking, EvidenceFileStore files, AuditTrail audit, Clock clock) {
        this.tasking = tasking;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public EvidenceFile add(Actor actor, UUID priorityId, String title, String fileName, String contentType,
            byte[] content) {
        PriorityView view = tasking.priority(actor, priorityId);
        if (!view.mayEdit()) {
            throw new RecordNotFoundException("tasking-priority", priorityId);
        }
        FileCheck.CheckedFile checked = FileCheck.check(fileName, contentType, content);
        String label = title == null || title.isBlank() ? checked.fileName() : title.strip();
        if (label.length() > 300) {
            throw new TaskingChangeRefused("title", "tasking.text.tooLong", "300");
        }
        EvidenceFile file = new EvidenceFile(UUID.randomUUID(), priorityId, label, checked.fileName(),
                checked.contentType(), checked.size(), checked.sha256Hex(), clock.instant(),
                actor.name() + " (" + actor.organisationName() + ")");
        files.insert(file, content);
        audit.recordChange(AuditAction.CREATE, RECORD_TYPE, file.id(), "Added the evidence file " + file.fileName()
                + " to the priority " + view.priority().title(), Changes.none()
                        .field("priorityId", null, priorityId).field("fileName", null, file.fileName())
                        .field("size", null, file.sizeBytes()).field("sha256", null, file.sha256()));
        return file;
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> of(Actor actor, UUID priorityId) {
        tasking.priority(actor, priorityId);
        return files.of(priorityId);
    }

    /** A file with its bytes, to whoever may see its priority. */
    @Transactional(readOnly = true)
    public Download download(Actor actor, UUID priorityId, UUID fileId) {
        tasking.priority(actor, priorityId);
        EvidenceFile file = files.find(fileId).filter(found -> found.priorityId().equals(priorityId))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, fileId));
        return new Download(file, files.content(fileId));
    }

    /** A file and its content. */
    public record Download(EvidenceFile file, byte[] content) {
    }
}
