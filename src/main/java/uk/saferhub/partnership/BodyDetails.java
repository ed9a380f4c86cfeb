package uk.saferhub.partnership;

import java.util.List;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;

/** What a coordinator states about a body when adding or changing it. */
public record BodyDetails(String name, BodyType type, Tier tier, String areaCovered, boolean statutory,
        String statutoryBasis, String purpose, UUID owningOrganisationId, HandlingLevel handlingLevel,
        List<ThemeInterest> themes) {

    public BodyDetails {
        themes = themes == null ? List.of() : List.copyOf(themes);
        handlingLevel = handlingLevel == null ? HandlingLevel.PARTNERSHIP : handlingLevel;
    }
}
