package uk.saferhub.meetings.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.meetings.AgendaItem;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingView;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.meetings.MeetingsChangeRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormErrors;

/**
 * What the pages recording a meeting share: the meeting as an editor sees it (404 for anyone else, as if it did not
 * exist), the people, organisations and agenda items their forms offer, and how a meeting's time reads.
 */
@Component
class MeetingRecording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final Meetings meetings;
    private final Directory directory;
    private final DirectoryListings listings;

    MeetingRecording(Meetings meetings, Directory directory, DirectoryListings listings) {
        this.meetings = meetings;
        this.directory = directory;
        this.listings = listings;
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
    List<Choice> people(Actor actor) {
        return directory.peopleVisibleTo(actor).stream()
                .map(person -> new Choice(person.id().toString(), person.name())).toList();
    }

    /** The organisations sharing with the actor's, by name. */
    List<Choice> organisations(Actor actor) {
        return listings.organisationChoices(actor).stream()
                .map(org -> new Choice(org.id().toString(), org.name())).toList();
    }

    /** The agenda items one may attach something to: withheld exempt items are left out. */
    static List<Choice> items(MeetingView view) {
        return view.agenda().stream().filter(item -> !withheld(view, item))
                .map(item -> new Choice(item.id().toString(), "Item " + item.number() + ": " + item.title()))
                .toList();
    }

    /** Whether the item is shown to this viewer as "Exempt item" only. */
    static boolean withheld(MeetingView view, AgendaItem item) {
        return item.exempt() && !view.member();
    }

    /** "Tuesday 6 January 2026, 10:00 to 12:00" (London time). */
    static String when(Meeting meeting) {
        return when(meeting.start(), meeting.end());
    }

    static String when(ZonedDateTime start, ZonedDateTime end) {
        String from = DAY.format(start) + ", " + TIME.format(start);
        if (end == null) {
            return from;
        }
        return from + " to " + (end.toLocalDate().equals(start.toLocalDate()) ? "" : DAY.format(end) + ", ")
                + TIME.format(end);
    }

    /** "6 Jan 2026", for tables. */
    static String shortDay(ZonedDateTime time) {
        return SHORT_DAY.format(time);
    }

    /** A caption naming the meeting: "Safer Leeds Executive, Tuesday 6 January 2026". */
    static String caption(MeetingView view) {
        return view.body().name() + ", " + DAY.format(view.meeting().start());
    }

    /** A UUID from a form field, or null when empty. */
    static UUID uuidOrNull(String text) {
        return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    }

    static boolean isUuidOrBlank(String text) {
        return text == null || text.isBlank() || text.strip().matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    }

    /**
     * Multi-line plain text (minutes, decisions, notes): line breaks and tabs are kept, markup characters and other
     * control characters are refused, as {@link uk.saferhub.shared.web.PlainText} does for one line.
     */
    static void checkMultiLine(Errors errors, String field, String value, String what) {
        if (value != null && value.chars().anyMatch(c -> c == '<' || c == '>'
                || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.rejectValue(field, "plainText", "Remove the < and > characters: " + what + " are plain text");
        }
    }

    /** Shows a refusal beside the form field it concerns, renaming the service's field where the form's differs. */
    static void reject(Errors errors, MeetingsChangeRefused refused, Map<String, String> formFields) {
        String field = refused.field() == null ? null : formFields.getOrDefault(refused.field(), refused.field());
        if (field == null || field.isEmpty()) {
            errors.reject("refused", refused.getMessage());
        } else if (field.equals(refused.field())) {
            FormErrors.reject(errors, refused);
        } else {
            errors.rejectValue(field, "refused", refused.getMessage());
        }
    }
}
