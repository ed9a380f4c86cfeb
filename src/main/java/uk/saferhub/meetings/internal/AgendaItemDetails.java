package uk.saferhub.meetings.internal;

import java.util.UUID;

/** What a coordinator enters for an agenda item; the number is kept by SaferHub unless given. */
public record AgendaItemDetails(Integer number, String title, UUID presenterPersonId, String presenterText,
        boolean exempt, String exemptReason, String minutes) {
}
