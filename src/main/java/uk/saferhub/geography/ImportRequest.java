package uk.saferhub.geography;

import java.util.UUID;

/**
 * A boundary file to import and how to read it: the type of place its features are, the properties that carry each
 * place's code and name, and its parent: one place for all ({@code parentId}) or, per feature, the place whose code is
 * in {@code parentCodeProperty} (a ward's district code, say). With neither, places keep the parent they had.
 */
public record ImportRequest(String fileName, byte[] content, PlaceType type, String codeProperty,
        String nameProperty, UUID parentId, String parentCodeProperty) {

    /** The same file read with other settings. */
    public ImportRequest with(PlaceType newType, String newCodeProperty, String newNameProperty, UUID newParentId,
            String newParentCodeProperty) {
        return new ImportRequest(fileName, content, newType, newCodeProperty, newNameProperty, newParentId,
                newParentCodeProperty);
    }
}
