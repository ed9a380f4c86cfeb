package uk.saferhub.geography.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.geography.ImportOutcome;
import uk.saferhub.geography.ImportRequest;
import uk.saferhub.geography.PlaceEditor;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * Boundary files uploaded to be previewed and then imported: kept for the user who uploaded them (for a day at most)
 * and removed in the same transaction as the import that applies them.
 */
@Service
public class BoundaryUploads {

    private final PlaceImportStore store;
    private final PlaceEditor editor;
    private final Clock clock;

    BoundaryUploads(PlaceImportStore store, PlaceEditor editor, Clock clock) {
        this.store = store;
        this.editor = editor;
        this.clock = clock;
    }

    @Transactional
    public UUID keep(Actor actor, String fileName, byte[] content) {
        return store.storeUpload(actor.id(), fileName, content, clock.instant());
    }

    /** The uploaded file as a request with no settings yet, only to the user who uploaded it. */
    @Transactional(readOnly = true)
    public Optional<ImportRequest> find(Actor actor, UUID uploadId) {
        return store.upload(uploadId, actor.id())
                .map(upload -> new ImportRequest(upload.fileName(), upload.content(), null, null, null, null, null));
    }

    /** An import applied, with the places it created or replaced. */
    @Transactional(readOnly = true)
    public ImportRecord applied(UUID importId) {
        return store.applied(importId).orElseThrow(() -> new RecordNotFoundException("place-import", importId));
    }

    /** Imports the uploaded file with the given settings and forgets the upload: both or neither. */
    @Transactional
    public ImportOutcome apply(Actor actor, UUID uploadId, ImportRequest settings) {
        ImportRequest file = find(actor, uploadId).orElseThrow(() -> new RecordNotFoundException("upload", uploadId));
        ImportOutcome outcome = editor.apply(actor, file.with(settings.type(), settings.codeProperty(),
                settings.nameProperty(), settings.parentId(), settings.parentCodeProperty()));
        store.appliedFrom(outcome.importId(), uploadId);
        store.deleteUpload(uploadId);
        return outcome;
    }

    /** The import an upload was applied as, once it has been: going back to its preview leads there. */
    @Transactional(readOnly = true)
    public Optional<UUID> appliedAs(UUID uploadId) {
        return store.importOf(uploadId);
    }
}
