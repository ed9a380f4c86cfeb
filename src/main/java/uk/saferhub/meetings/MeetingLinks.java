package uk.saferhub.meetings;

import java.util.List;
import java.util.Optional;

import uk.saferhub.shared.access.Actor;

/**
 * What other modules add to a meeting's page, without meetings depending on them: the records they keep about the
 * meeting (a tasking group's review of its cycle, say) and the address of a record an agenda item links to. Each
 * answers only what the actor may see; meetings shows nothing it is not given.
 */
public interface MeetingLinks {

    /** This module's records of the meeting the actor may see (or may start), each a heading, a link and a short summary. */
    List<MeetingLink> forMeeting(Actor actor, Meeting meeting);

    /** The record an agenda item links to, as a link, when this module keeps that type and the actor may see it. */
    Optional<MeetingLink> linkedRecord(Actor actor, String recordType, String recordId);

    /** A link to another module's record: a heading (for the meeting page), its address, the link's words, a summary. */
    record MeetingLink(String heading, String href, String label, String summary) {
    }
}
