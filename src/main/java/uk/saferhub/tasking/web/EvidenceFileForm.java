package uk.saferhub.tasking.web;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/** A file of evidence as uploaded, with an optional title ("Reports of graffiti, August to October"). */
record EvidenceFileForm(@PlainText String title, MultipartFile file) {

    static EvidenceFileForm empty() {
        return new EvidenceFileForm(null, null);
    }

    /**
     * A file must be chosen, and no larger than a file kept (refused before it is read); what it holds is checked when
     * it is kept.
     */
    void check(Errors errors) {
        if ((file == null || file.isEmpty()) && !errors.hasFieldErrors("file")) {
            FormErrors.reject(errors, "file", "tasking.evidence.file.required");
        } else if (file != null && file.getSize() > uk.saferhub.documents.FileCheck.MAX_SIZE) {
            FormErrors.reject(errors, "file", "documents.refused.attachment.tooBig");
        }
    }
}
