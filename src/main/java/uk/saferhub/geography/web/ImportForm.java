package uk.saferhub.geography.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import uk.saferhub.geography.ImportRequest;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/**
 * The boundary import form: the file (uploaded, or one from the reference data) and how to read it. The preview page
 * sends the same settings, without the file, to read it again or apply it.
 */
record ImportForm(
        MultipartFile file,
        String referenceFile,
        @NotNull(message = "{geography.import.type.required}") PlaceType type,
        @Size(max = 100, message = "{geography.import.property.tooLong}") @PlainText String codeProperty,
        @Size(max = 100, message = "{geography.import.property.tooLong}") @PlainText String nameProperty,
        UUID parentId,
        @Size(max = 100, message = "{geography.import.property.tooLong}") @PlainText String parentCodeProperty) {

    /**
     * Uploads up to 10 MB. Multipart requests are outside the shared 1 MB request limit (RequestSizeLimitFilter leaves
     * them to spring.servlet.multipart, 20 MB), so this limit is checked here.
     */
    static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    static ImportForm empty() {
        return new ImportForm(null, null, null, null, null, null, null);
    }

    boolean uploaded() {
        return file != null && !file.isEmpty();
    }

    /** The reference file chosen, or null. */
    String reference() {
        return referenceFile == null || referenceFile.isBlank() ? null : referenceFile.strip();
    }

    /** One file, uploaded or from the reference data, and not too large. */
    void check(Errors errors, boolean referenceAvailable) {
        if (uploaded() && reference() != null) {
            FormErrors.reject(errors, "file", "geography.import.file.both");
        } else if (!uploaded() && reference() == null) {
            FormErrors.reject(errors, "file", referenceAvailable ? "geography.import.file.noneOrReference"
                    : "geography.import.file.none");
        } else if (uploaded() && file.getSize() > MAX_UPLOAD_BYTES) {
            FormErrors.reject(errors, "file", "geography.import.file.tooLarge");
        }
    }

    /** The settings applied to a file. */
    ImportRequest applyTo(ImportRequest request) {
        return request.with(type, codeProperty, nameProperty, parentId, parentCodeProperty);
    }

    /** The settings to preview with: wards when no type was sent (an address typed by hand, say). */
    ImportForm reading() {
        return type != null ? this : new ImportForm(file, referenceFile, PlaceType.WARD, codeProperty, nameProperty,
                parentId, parentCodeProperty);
    }
}
