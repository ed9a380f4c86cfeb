package uk.saferhub.meetings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.internal.AttendanceStatus;
import uk.saferhub.meetings.Decision;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.internal.MeetingAction;
import uk.saferhub.meetings.MeetingStatus;
import uk.saferhub.meetings.internal.MeetingView;
import uk.saferhub.meetings.internal.Paper;
import uk.saferhub.meetings.web.PeopleNames.Names;

/**
 * A meeting's page as one viewer may see it: its times in words, and the agenda, papers, attendance, decisions and
 * actions with names and item numbers filled in. Withheld exempt items carry their number only.
 */
record MeetingPage(MeetingView view, String when, String movedFrom, boolean mayRecordHeld, List<ItemRow> agenda,
        List<PaperRow> papers, List<AttendanceRow> attendance, List<DecisionRow> decisions,
        List<ActionRow> actions) {

    record ItemRow(AgendaItem item, boolean withheld, String presenter) {
    }

    /**
     * The page's heading: the meeting's own title, or its day when its title is only its body's name (which the
     * caption already says), so each of a body's meetings reads as itself.
     */
    public String heading() {
        var meeting = view.meeting();
        return meeting.title() == null || meeting.title().equals(view.body().name())
                ? MeetingsText.day(meeting.start()) : meeting.title();
    }

    record PaperRow(Paper paper, Integer itemNumber) {

        public boolean external() {
            return paper.link() != null;
        }
    }

    record AttendanceRow(String person, AttendanceStatus status, String substituteFor) {
    }

    record DecisionRow(Decision decision, Integer itemNumber) {
    }

    record ActionRow(MeetingAction action, String owner, boolean overdue, Integer itemNumber) {
    }

    static MeetingPage of(MeetingView view, Names people, Names organisations, MeetingsText text, LocalDate today,
            Instant now) {
        Meeting meeting = view.meeting();
        Map<UUID, Integer> numbers = new HashMap<>();
        view.agenda().forEach(item -> numbers.put(item.id(), item.number()));
        List<ItemRow> agenda = view.agenda().stream().sorted(Comparator.comparingInt(AgendaItem::number))
                .map(item -> new ItemRow(item, MeetingRecording.withheld(view, item),
                        item.presenterPersonId() != null ? people.of(item.presenterPersonId())
                                : item.presenterText()))
                .toList();
        List<AttendanceRow> attendance = view.attendance().stream()
                .map(one -> new AttendanceRow(people.of(one.personId()), one.status(),
                        people.of(one.substituteForPersonId())))
                .sorted(Comparator.comparing(AttendanceRow::status)
                        .thenComparing(AttendanceRow::person, String.CASE_INSENSITIVE_ORDER))
                .toList();
        boolean mayRecordHeld = view.mayEdit() && meeting.status() == MeetingStatus.SCHEDULED
                && !meeting.start().toInstant().isAfter(now);
        return new MeetingPage(view, text.when(meeting),
                meeting.movedFrom() == null ? null : text.at(meeting.movedFrom()), mayRecordHeld,
                agenda,
                view.papers().stream().map(paper -> new PaperRow(paper, numberOf(numbers, paper.agendaItemId())))
                        .toList(),
                attendance,
                view.decisions().stream().sorted(Comparator.comparingInt(Decision::number))
                        .map(decision -> new DecisionRow(decision, numberOf(numbers, decision.agendaItemId())))
                        .toList(),
                view.actions().stream().sorted(Comparator.comparingInt(MeetingAction::number))
                        .map(action -> new ActionRow(action, ownerOf(action, people, organisations),
                                action.overdueOn(today), numberOf(numbers, action.agendaItemId())))
                        .toList());
    }

    /** Whether the meeting can still have attendance and decisions recorded (it was not cancelled). */
    public boolean recordable() {
        return !view.meeting().cancelled();
    }

    /** Whether the meeting can be moved or cancelled (neither held nor cancelled). */
    public boolean changeable() {
        return view.meeting().status() == MeetingStatus.SCHEDULED;
    }

    static String ownerOf(MeetingAction action, Names people, Names organisations) {
        return action.ownerPersonId() != null ? people.of(action.ownerPersonId())
                : organisations.of(action.ownerOrganisationId());
    }

    private static Integer numberOf(Map<UUID, Integer> numbers, UUID itemId) {
        return itemId == null ? null : numbers.get(itemId);
    }
}
