package uk.saferhub.meetings.internal;

import java.util.UUID;

/**
 * A numbered item on a meeting's agenda with its presenter and minutes; an exempt item (for example one taken in
 * private under the Local Government Act 1972 Schedule 12A) is shown only to the body's members.
 */
public record AgendaItem(UUID id, UUID meetingId, int number, String title, UUID presenterPersonId,
        String presenterText, boolean exempt, String exemptReason, String linkedRecordType, String linkedRecordId,
        String linkedRecordLabel, String minutes) {

    /** What a person who is not a member of the body sees of an exempt item: its number and that it is exempt. */
    public AgendaItem withheld() {
        return new AgendaItem(id, meetingId, number, "Exempt item", null, null, true, exemptReason, null, null, null,
                null);
    }
}
