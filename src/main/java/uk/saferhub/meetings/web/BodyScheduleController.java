package uk.saferhub.meetings.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.meetings.internal.AttendanceStatus;
import uk.saferhub.meetings.internal.Cadence;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.meetings.internal.Occurrence;
import uk.saferhub.meetings.web.PeopleNames.Names;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;

/** A body's schedule: how often it meets, its coming and past meetings, and attendance at them. */
@Controller
class BodyScheduleController {

    /** How far ahead the schedule looks: the twelve months (and a week) the cadence fills. */
    static final int WEEKS_AHEAD = 53;

    private final Meetings meetings;
    private final Partnership partnership;
    private final PeopleNames names;
    private final MeetingsText text;
    private final Clock clock;

    BodyScheduleController(Meetings meetings, Partnership partnership, PeopleNames names, MeetingsText text,
            Clock clock) {
        this.meetings = meetings;
        this.partnership = partnership;
        this.names = names;
        this.text = text;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/partnership/bodies/{id}/meetings")
    String schedule(Actor actor, @PathVariable BodyId id, @RequestParam(required = false) Integer year,
            Model model) {
        Body body = partnership.body(actor, id);
        Instant now = clock.instant();
        ZonedDateTime here = now.atZone(Occurrence.LONDON);
        List<Meeting> coming = meetings.meetingsOf(actor, body.id(), now, here.plusWeeks(WEEKS_AHEAD).toInstant());
        List<Integer> years = meetings.pastYearsOf(actor, body.id());
        Integer chosen = year != null && years.contains(year) ? year : null;
        Instant pastFrom = chosen == null ? here.minusMonths(12).toInstant()
                : LocalDate.of(chosen, 1, 1).atStartOfDay(Occurrence.LONDON).toInstant();
        Instant pastTo = chosen == null ? now : Collections.min(List.of(now,
                LocalDate.of(chosen + 1, 1, 1).atStartOfDay(Occurrence.LONDON).toInstant()));
        List<Meeting> past = new ArrayList<>(meetings.meetingsOf(actor, body.id(), pastFrom, pastTo));
        Collections.reverse(past);
        model.addAttribute("years", years);
        model.addAttribute("year", chosen);
        Names people = names.people(actor);
        List<AttendanceRow> attendance = meetings.attendanceStatistics(actor, body.id()).stream()
                .map(record -> AttendanceRow.of(record, people))
                .sorted(Comparator.comparing(AttendanceRow::name)).toList();
        model.addAttribute("body", body);
        model.addAttribute("cadence", meetings.cadence(actor, body.id()).map(Cadence::describe).orElse(null));
        model.addAttribute("coming", coming.stream().map(m -> ScheduleRow.of(m, body.name(), now, text)).toList());
        model.addAttribute("past", past.stream().map(m -> ScheduleRow.of(m, body.name(), now, text)).toList());
        model.addAttribute("attendance", attendance);
        model.addAttribute("chart", attendance.isEmpty() ? null : AttendanceChart.svg(attendance,
                new AttendanceChart.Words(text.text("meetings.chart.title"),
                        text.text("meetings.chart.description", body.name()),
                        text.label(AttendanceStatus.PRESENT), text.label(AttendanceStatus.APOLOGIES),
                        text.label(AttendanceStatus.ABSENT), text.text("meetings.chart.figures"),
                        text.text("meetings.chart.proportion"))));
        model.addAttribute("mayEdit", partnership.mayEdit(actor, body));
        return "meetings/body-schedule";
    }
}
