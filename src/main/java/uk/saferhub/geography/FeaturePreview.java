package uk.saferhub.geography;

import java.util.UUID;

/**
 * One feature of a boundary file as it would be imported: its code and name, the parent it would have, what happens to
 * the place with its code ({@code placeId}, when it exists already) and how its boundary was repaired, if it was.
 */
public record FeaturePreview(int number, String code, String name, String parentName, ImportAction action,
        UUID placeId, String repair) {
}
