package uk.saferhub.partnership;

import java.util.List;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * A body of the partnership (a CSP, a theme group, a board, a cabinet...), hosted by its owning organisation and
 * visible by the access policy's rule for its handling level (PARTNERSHIP unless said otherwise).
 */
public record Body(BodyId id, String name, BodyType type, Tier tier, String areaCovered, boolean statutory,
        String statutoryBasis, String purpose, UUID owningOrganisationId, HandlingLevel handlingLevel,
        List<ThemeInterest> themes) implements Restricted {

    public Body {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    public static Body of(BodyId id, BodyDetails details) {
        return new Body(id, details.name(), details.type(), details.tier(), details.areaCovered(),
                details.statutory(), details.statutoryBasis(), details.purpose(), details.owningOrganisationId(),
                details.handlingLevel(), details.themes());
    }

    public BodyDetails details() {
        return new BodyDetails(name, type, tier, areaCovered, statutory, statutoryBasis, purpose,
                owningOrganisationId, handlingLevel, themes);
    }

    /** The themes this body leads on. */
    public List<String> leads() {
        return themes.stream().filter(ThemeInterest::lead).map(ThemeInterest::theme).toList();
    }

    @Override
    public String recordType() {
        return "body";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
