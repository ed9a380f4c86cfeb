package uk.saferhub.meetings.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.internal.MeetingView;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.Option;

/**
 * What the pages recording a meeting share: the meeting as an editor sees it (404 for anyone else, as if it did not
 * exist), the people, organisations and agenda items their forms offer, and the caption naming the meeting.
 */
@Component
class MeetingRecording {

    private final Meetings meetings;
    private final Directory directory;
    private final DirectoryListings listings;
    private final MeetingsText text;

    MeetingRecording(Meetings meetings, Directory directory, DirectoryListings listings, MeetingsText text) {
        this.meetings = meetings;
        this.directory = directory;
        this.listings = listings;
        this.text = text;
    }

    /** The meeting with what the actor may see of it, when they may record at it; otherwise 404. */
    MeetingView editable(Actor actor, UUID meetingId) {
        MeetingView view = meetings.meeting(actor, meetingId);
        if (!view.mayEdit()) {
            throw new RecordNotFoundException("meeting", meetingId);
        }
        return view;
    }

    /** The people the actor may see, by name. */
    List<Option> people(Actor actor) {
        return directory.peopleVisibleTo(actor).stream().map(person -> Option.of(person.id(), person.name()))
                .toList();
    }

    /** The organisations sharing with the actor's, by name. */
    List<Option> organisations(Actor actor) {
        return listings.organisationChoices(actor).stream().map(org -> Option.of(org.id(), org.name())).toList();
    }

    /** The agenda items one may attach something to: withheld exempt items are left out. */
    List<Option> items(MeetingView view) {
        return view.agenda().stream().filter(item -> !withheld(view, item))
                .map(item -> Option.of(item.id(), text.text("meetings.item.option", item.number(), item.title())))
                .toList();
    }

    /** A caption naming the meeting: "Safer Leeds Executive, Tuesday 6 January 2026". */
    String caption(MeetingView view) {
        return text.text("meetings.meeting.caption", view.body().name(), MeetingsText.day(view.meeting().start()));
    }

    /** Whether the item is shown to this viewer as "Exempt item" only. */
    static boolean withheld(MeetingView view, AgendaItem item) {
        return item.exempt() && !view.member();
    }
}
