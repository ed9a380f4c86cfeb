package uk.saferhub.intake.internal;

import uk.saferhub.shared.access.HandlingLevel;

/**
 * What a PCSO or police officer records at a place: a quality-of-life observation, which the partnership sees and
 * the local data analysis counts, or a piece of intelligence, which only the police ever see.
 */
public enum ObservationKind {
    QUALITY_OF_LIFE(HandlingLevel.PARTNERSHIP), INTELLIGENCE(HandlingLevel.POLICE_ONLY);

    private final HandlingLevel handlingLevel;

    ObservationKind(HandlingLevel handlingLevel) {
        this.handlingLevel = handlingLevel;
    }

    /** The handling level every record of this kind has. */
    public HandlingLevel handlingLevel() {
        return handlingLevel;
    }
}
