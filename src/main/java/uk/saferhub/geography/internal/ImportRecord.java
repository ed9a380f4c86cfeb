package uk.saferhub.geography.internal;

import java.util.List;
import java.util.UUID;

import uk.saferhub.geography.PlaceType;

/**
 * A boundary import as recorded: the file, the type of place, what it did, and the places it created or replaced that
 * still carry its boundaries (a later import of the same places takes them over).
 */
public record ImportRecord(UUID id, String fileName, PlaceType type, int created, int replaced, int unchanged,
        int repaired, List<ImportedPlace> places) {

    public int features() {
        return created + replaced + unchanged;
    }

    /** A place the import created or replaced. */
    public record ImportedPlace(UUID id, String code, String name, String parentName, boolean created) {
    }
}
