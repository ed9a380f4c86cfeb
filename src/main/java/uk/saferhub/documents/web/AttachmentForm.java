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

    /** A file must be chosen; what it holds is checked by the documents service. */
    void check(Errors errors) {
        if ((file == null || file.isEmpty()) && !errors.hasFieldErrors("file")) {
            FormErrors.reject(errors, "file", "documents.attachments.file.required");
        }
    }
}
