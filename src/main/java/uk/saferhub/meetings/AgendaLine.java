package uk.saferhub.meetings;

/**
 * One item of a meeting's agenda as other modules print it (an agenda pack's agenda): its number, its title (for an
 * exempt item seen by someone who is not a member of the body, only that it is exempt), whether it is exempt and
 * why (the exemption paragraph), and the record it links to, if any.
 */
public record AgendaLine(int number, String title, boolean exempt, String exemptReason, String linkedRecordType,
        String linkedRecordId) {
}
