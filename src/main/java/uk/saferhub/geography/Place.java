package uk.saferhub.geography;

import java.util.UUID;

/**
 * A place without its boundary (boundaries are fetched separately: they are large). Codes are unique per type:
 * ONS codes such as E05011263 for wards, or a code chosen when a place is defined by hand.
 */
public record Place(UUID id, PlaceType type, String code, String name, UUID parentId, Double areaSqKm,
        Integer population, boolean madeOfWards, boolean hasBoundary, String source) {
}
