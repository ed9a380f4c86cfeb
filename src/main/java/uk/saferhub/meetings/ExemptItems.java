package uk.saferhub.meetings;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.partnership.Body;
import uk.saferhub.shared.access.Audience;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * A meeting's exempt agenda items (taken in private) as the access rule sees them: owned as the body is, at its
 * handling level, and seen only by the people holding a seat on the body on the day of the meeting or today.
 *
 * @param seatHolders the directory people with such a seat
 */
record ExemptItems(Meeting meeting, Body body, Set<UUID> seatHolders) implements Restricted {

    ExemptItems {
        seatHolders = Set.copyOf(seatHolders);
    }

    @Override
    public UUID owningOrganisationId() {
        return body.owningOrganisationId();
    }

    @Override
    public HandlingLevel handlingLevel() {
        return body.handlingLevel();
    }

    @Override
    public Optional<Audience> narrowedTo() {
        return Optional.of(new Audience(Set.of(), seatHolders));
    }

    @Override
    public String recordType() {
        return "meeting-exempt-items";
    }

    @Override
    public String recordId() {
        return meeting.id().toString();
    }
}
