package uk.saferhub.meetings.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.meetings.internal.Occurrence;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.Option;

/** The coming meetings of every body the reader may see, for a period and optionally one body. */
@Controller
class MeetingsListController {

    /** The periods offered, in weeks; each is named by the message {@code meetings.list.period.<weeks>}. */
    static final List<Integer> PERIODS = List.of(2, 4, 8, 13, 26, 53);
    static final int DEFAULT_WEEKS = 8;
    static final int MOST_ROWS = 500;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final Meetings meetings;
    private final Partnership partnership;
    private final MeetingsText text;
    private final Clock clock;

    MeetingsListController(Meetings meetings, Partnership partnership, MeetingsText text, Clock clock) {
        this.meetings = meetings;
        this.partnership = partnership;
        this.text = text;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/meetings")
    String list(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String weeks,
            @RequestParam(required = false) BodyId body, Model model) {
        LocalDate first = date(from, meetings.today());
        int span = weeks(weeks);
        LocalDate last = first.plusWeeks(span);
        Instant start = first.atStartOfDay(Occurrence.LONDON).toInstant();
        Instant end = last.atStartOfDay(Occurrence.LONDON).toInstant();
        Map<UUID, String> names = new LinkedHashMap<>();
        List<Body> bodies = partnership.bodies(actor);
        bodies.forEach(b -> names.put(b.id().value(), b.name()));
        List<Meeting> found = body == null ? meetings.meetingsVisibleTo(actor, start, end, MOST_ROWS)
                : meetings.meetingsOf(actor, body, start, end);
        Instant now = clock.instant();
        model.addAttribute("rows", found.stream().limit(MOST_ROWS)
                .map(m -> ScheduleRow.of(m, names.get(m.bodyId().value()), now, text)).toList());
        model.addAttribute("cut", found.size() >= MOST_ROWS);
        model.addAttribute("bodies", bodies);
        model.addAttribute("chosenBody", body == null ? null : body.toString());
        model.addAttribute("weeks", span);
        model.addAttribute("periods", PERIODS.stream()
                .map(period -> new Option(period.toString(), text.text("meetings.list.period." + period))).toList());
        boolean today = first.equals(meetings.today());
        model.addAttribute("from", today ? null : first.toString());
        model.addAttribute("starting", today ? text.text("meetings.list.startingToday")
                : text.text("meetings.list.starting", DAY.format(first)));
        model.addAttribute("heading", body == null
                ? text.text("meetings.list.heading", DAY.format(first), DAY.format(last.minusDays(1)))
                : text.text("meetings.list.headingOfBody", names.get(body.value()), DAY.format(first),
                        DAY.format(last.minusDays(1))));
        model.addAttribute("earlier", first.minusWeeks(span).toString());
        model.addAttribute("later", last.toString());
        return "meetings/meetings";
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            boolean sensible = !date.isBefore(otherwise.minusYears(10)) && !date.isAfter(otherwise.plusYears(10));
            return sensible ? date : otherwise;
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    private static int weeks(String text) {
        try {
            int weeks = Integer.parseInt(text == null ? "" : text.strip());
            return PERIODS.contains(weeks) ? weeks : DEFAULT_WEEKS;
        } catch (NumberFormatException e) {
            return DEFAULT_WEEKS;
        }
    }
}
