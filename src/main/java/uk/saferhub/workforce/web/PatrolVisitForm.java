package uk.saferhub.workforce.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.saferhub.shared.web.PlainText;

/**
 * Adjusting a patrol plan: the version of the plan the page showed, and, to add a visit, the shift and the hot spot.
 * Taking a visit out needs only the version.
 */
record PatrolVisitForm(
        @NotNull(message = "{workforce.patrol.changed}") Integer version,
        UUID shiftId,
        @Size(max = 400, message = "{workforce.patrol.spot.unknown}") @PlainText String spot) {

    static PatrolVisitForm of(int version) {
        return new PatrolVisitForm(version, null, null);
    }
}
