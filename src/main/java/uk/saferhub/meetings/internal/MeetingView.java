package uk.saferhub.meetings.internal;

import java.util.List;

import uk.saferhub.meetings.Decision;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.partnership.Body;

/**
 * A meeting as one actor may see it: exempt items are withheld (number only) from people who are not members of the
 * body, with the papers, decisions and actions recorded against them.
 */
public record MeetingView(Meeting meeting, Body body, boolean member, boolean mayEdit, List<AgendaItem> agenda,
        List<Paper> papers, List<Attendance> attendance, List<Decision> decisions, List<MeetingAction> actions) {

    /** Whether any exempt item was withheld from this actor. */
    public boolean withheldItems() {
        return !member && agenda.stream().anyMatch(AgendaItem::exempt);
    }
}
