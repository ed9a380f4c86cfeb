package uk.saferhub.documents.web;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/** A file to attach to a document, as uploaded, with an optional title ("Annex B: performance information"). */
record AttachmentForm(@PlainText String title, MultipartFile file) {

    static AttachmentForm empty() {
        return new AttachmentForm(null, null);
    }

    /**
     * A file must be chosen, and no larger than a file kept (refused before it is read); what it holds is checked by
     * the documents service.
     */
    void check(Errors errors) {
        if ((file == null || file.isEmpty()) && !errors.hasFieldErrors("file")) {
            FormErrors.reject(errors, "file", "documents.attachments.file.required");
        } else if (file != null && file.getSize() > uk.saferhub.documents.FileCheck.MAX_SIZE) {
            FormErrors.reject(errors, "file", "documents.refused.attachment.tooBig");
        }
    }
}
