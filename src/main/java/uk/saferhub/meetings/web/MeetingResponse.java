package uk.saferhub.meetings.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.saferhub.meetings.internal.ActionUpdate;
import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.internal.Attendance;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.internal.MeetingAction;
import uk.saferhub.meetings.internal.MeetingView;
import uk.saferhub.meetings.internal.Paper;
import uk.saferhub.meetings.web.PeopleNames.Names;

/** A meeting in the API: times with their UTC offset, and (for one meeting) everything recorded that you may see. */
record MeetingResponse(UUID id, UUID bodyId, String title, String purpose, String window, OffsetDateTime start,
        OffsetDateTime end, String location, String status, String cancelReason, OffsetDateTime movedFrom,
        String moveReason, boolean fromCadence, int sequence, Boolean exemptItemsWithheld, List<Item> agenda,
        List<PaperResponse> papers, List<Present> attendance, List<DecisionResponse> decisions,
        List<ActionResponse> actions) {

    record Item(int number, UUID id, String title, String presenter, boolean exempt, String exemptReason,
            String minutes) {
    }

    record PaperResponse(UUID id, String title, String link, Integer agendaItem) {
    }

    record Present(UUID personId, String name, String status, UUID substituteFor, String substituteForName) {
    }

    record DecisionResponse(int number, UUID id, String text, Integer agendaItem) {
    }

    record ActionResponse(UUID id, UUID meetingId, int number, String description, UUID ownerPersonId,
            UUID ownerOrganisationId, String owner, LocalDate dueDate, String status, boolean overdue,
            LocalDate closedOn, List<UpdateResponse> updates) {

        static ActionResponse of(MeetingAction action, boolean overdue, Names people, Names organisations,
                List<ActionUpdate> updates) {
            String owner = action.ownerPersonId() != null ? people.of(action.ownerPersonId())
                    : organisations.of(action.ownerOrganisationId());
            return new ActionResponse(action.id(), action.meetingId(), action.number(), action.description(),
                    action.ownerPersonId(), action.ownerOrganisationId(), owner, action.dueDate(),
                    action.status().name(), overdue, action.closedOn(),
                    updates == null ? null : updates.stream().map(UpdateResponse::of).toList());
        }
    }

    record UpdateResponse(OffsetDateTime at, String author, String status, String note) {
        static UpdateResponse of(ActionUpdate update) {
            return new UpdateResponse(update.writtenAt().atOffset(java.time.ZoneOffset.UTC), update.author(),
                    update.status().name(), update.note());
        }
    }

    static MeetingResponse summary(Meeting meeting) {
        return new MeetingResponse(meeting.id(), meeting.bodyId().value(), meeting.title(), meeting.purpose(),
                meeting.windowText(), meeting.start().toOffsetDateTime(), meeting.end().toOffsetDateTime(),
                meeting.location(), meeting.status().name(), meeting.cancelReason(),
                meeting.movedFrom() == null ? null : meeting.movedFrom().toOffsetDateTime(), meeting.moveReason(),
                meeting.fromCadence(), meeting.sequence(), null, null, null, null, null, null);
    }

    static MeetingResponse of(MeetingView view, Names people, Names organisations, LocalDate today) {
        Meeting meeting = view.meeting();
        Map<UUID, Integer> numbers = new java.util.HashMap<>();
        view.agenda().forEach(item -> numbers.put(item.id(), item.number()));
        return new MeetingResponse(meeting.id(), meeting.bodyId().value(), meeting.title(), meeting.purpose(),
                meeting.windowText(), meeting.start().toOffsetDateTime(), meeting.end().toOffsetDateTime(),
                meeting.location(), meeting.status().name(), meeting.cancelReason(),
                meeting.movedFrom() == null ? null : meeting.movedFrom().toOffsetDateTime(), meeting.moveReason(),
                meeting.fromCadence(), meeting.sequence(), view.withheldItems(),
                view.agenda().stream().map(item -> item(item, people)).toList(),
                view.papers().stream().map(paper -> paper(paper, numbers)).toList(),
                view.attendance().stream().map(one -> present(one, people)).toList(),
                view.decisions().stream().map(d -> new DecisionResponse(d.number(), d.id(), d.text(),
                        d.agendaItemId() == null ? null : numbers.get(d.agendaItemId()))).toList(),
                view.actions().stream().map(a -> ActionResponse.of(a, a.overdueOn(today), people, organisations,
                        null)).toList());
    }

    private static Item item(AgendaItem item, Names people) {
        String presenter = item.presenterPersonId() != null ? people.of(item.presenterPersonId())
                : item.presenterText();
        return new Item(item.number(), item.id(), item.title(), presenter, item.exempt(), item.exemptReason(),
                item.minutes());
    }

    private static PaperResponse paper(Paper paper, Map<UUID, Integer> numbers) {
        return new PaperResponse(paper.id(), paper.title(), paper.link(),
                paper.agendaItemId() == null ? null : numbers.get(paper.agendaItemId()));
    }

    private static Present present(Attendance one, Names people) {
        return new Present(one.personId(), people.of(one.personId()), one.status().name(),
                one.substituteForPersonId(), people.of(one.substituteForPersonId()));
    }
}
