package uk.saferhub.geography.web;

import java.util.UUID;

import org.springframework.web.multipart.MultipartFile;

import uk.saferhub.geography.ImportRequest;
import uk.saferhub.geography.PlaceType;

/** The boundary import form: the file (uploaded or from the reference data) and how to read it. */
record ImportForm(MultipartFile file, String referenceFile, PlaceType type, String codeProperty,
        String nameProperty, UUID parentId, String parentCodeProperty) {

    static ImportForm empty() {
        return new ImportForm(null, null, null, null, null, null, null);
    }

    /** The same settings, with wards as the type when none was chosen. */
    ImportForm orWards() {
        return type != null ? this
                : new ImportForm(file, referenceFile, PlaceType.WARD, codeProperty, nameProperty, parentId,
                        parentCodeProperty);
    }

    /** The settings applied to a file. */
    ImportRequest applyTo(ImportRequest request) {
        return request.with(type, codeProperty, nameProperty, parentId, parentCodeProperty);
    }
}
