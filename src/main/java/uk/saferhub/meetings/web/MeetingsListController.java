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
import uk.saferhub.meetings.Occurrence;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/** The coming meetings of every body the reader may see, for a period and optionally one body. */
@Controller
class MeetingsListController {

    /** The periods offered, in weeks, with their names. */
    static final Map<Integer, String> PERIODS = periods();
    static final int DEFAULT_WEEKS = 8;
    static final int MOST_ROWS = 500;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final Meetings meetings;
    private final Partnership partnership;
    private final Clock clock;

    MeetingsListController(Meetings meetings, Partnership partnership, Clock clock) {
        this.meetings = meetings;
        this.partnership = partnership;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/meetings")
    String list(@RequestParam(required = false) String from, @RequestParam(required = false) String weeks,
            @RequestParam(required = false) String body, Model model) {
        Actor actor = CurrentActor.require();
        LocalDate first = date(from, meetings.today());
        int span = weeks(weeks);
        LocalDate last = first.plusWeeks(span);
        Instant start = first.atStartOfDay(Occurrence.LONDON).toInstant();
        Instant end = last.atStartOfDay(Occurrence.LONDON).toInstant();
        Map<UUID, String> names = new LinkedHashMap<>();
        List<Body> bodies = partnership.bodies(actor);
        bodies.forEach(b -> names.put(b.id().value(), b.name()));
        String chosen = body == null || body.isBlank() ? null : body.strip();
        List<Meeting> found = chosen == null ? meetings.meetingsVisibleTo(actor, start, end, MOST_ROWS)
                : meetings.meetingsOf(actor, ScheduleIds.body(chosen), start, end);
        Instant now = clock.instant();
        model.addAttribute("rows", found.stream().limit(MOST_ROWS)
                .map(m -> ScheduleRow.of(m, names.get(m.bodyId().value()), now)).toList());
        model.addAttribute("cut", found.size() >= MOST_ROWS);
        model.addAttribute("bodies", bodies);
        model.addAttribute("chosenBody", chosen);
        model.addAttribute("weeks", span);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("from", first.equals(meetings.today()) ? null : first.toString());
        model.addAttribute("fromText", first.equals(meetings.today()) ? "today" : DAY.format(first));
        model.addAttribute("period", "from " + DAY.format(first) + " to " + DAY.format(last.minusDays(1)));
        model.addAttribute("earlier", first.minusWeeks(span).toString());
        model.addAttribute("later", last.toString());
        model.addAttribute("bodyName", chosen == null ? null : names.get(UUID.fromString(chosen)));
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
            return PERIODS.containsKey(weeks) ? weeks : DEFAULT_WEEKS;
        } catch (NumberFormatException e) {
            return DEFAULT_WEEKS;
        }
    }

    private static Map<Integer, String> periods() {
        Map<Integer, String> periods = new LinkedHashMap<>();
        periods.put(2, "2 weeks");
        periods.put(4, "4 weeks");
        periods.put(8, "8 weeks");
        periods.put(13, "3 months");
        periods.put(26, "6 months");
        periods.put(53, "12 months");
        return periods;
    }
}
