package uk.saferhub.meetings.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.UUID;

import uk.saferhub.meetings.internal.ActionStatus;
import uk.saferhub.meetings.internal.AgendaItemDetails;
import uk.saferhub.meetings.internal.AttendanceStatus;
import uk.saferhub.meetings.internal.Cadence;
import uk.saferhub.meetings.internal.CadenceKind;
import uk.saferhub.meetings.internal.CadenceMonth;
import uk.saferhub.meetings.internal.NewAction;
import uk.saferhub.meetings.NewMeeting;

/** Bodies of the meetings API's write requests; London local times. */
final class MeetingRequests {

    private MeetingRequests() {
    }

    record CadenceRequest(CadenceKind kind, Integer intervalWeeks, LocalDate anchor, List<MonthRequest> months,
            Month windowEnd, LocalTime startTime, Integer durationMinutes, String location) {

        Cadence cadence() {
            return new Cadence(kind, intervalWeeks, anchor, months == null ? List.of()
                    : months.stream().map(m -> m == null ? null : new CadenceMonth(m.month(),
                            m.week() == null ? 0 : m.week(), m.day(), m.purpose())).toList(),
                    windowEnd, startTime, durationMinutes == null ? 0 : durationMinutes, location);
        }
    }

    record MonthRequest(Month month, Integer week, DayOfWeek day, String purpose) {
    }

    record MeetingRequest(String title, String purpose, LocalDateTime start, LocalDateTime end, String location) {
        NewMeeting details() {
            return new NewMeeting(title, purpose, start, end, location);
        }
    }

    record MoveRequest(LocalDateTime start, LocalDateTime end, String location, String reason) {
    }

    record CancelRequest(String reason) {
    }

    /** {@code exempt} may be left out: an item is public unless it says otherwise. */
    record ItemRequest(Integer number, String title, UUID presenterPersonId, String presenterText, Boolean exempt,
            String exemptReason, String minutes) {
        AgendaItemDetails details() {
            return new AgendaItemDetails(number, title, presenterPersonId, presenterText, Boolean.TRUE.equals(exempt),
                    exemptReason, minutes);
        }
    }

    record AttendanceRequest(UUID personId, AttendanceStatus status, UUID substituteFor) {
    }

    record DecisionRequest(String text, UUID agendaItemId) {
    }

    record ActionRequest(String description, UUID ownerPersonId, UUID ownerOrganisationId, LocalDate dueDate,
            UUID agendaItemId) {
        NewAction details() {
            return new NewAction(description, ownerPersonId, ownerOrganisationId, dueDate, agendaItemId);
        }
    }

    record UpdateRequest(ActionStatus status, String note) {
    }
}
