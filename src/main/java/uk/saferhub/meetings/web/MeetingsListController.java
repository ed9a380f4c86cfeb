package uk.saferhub.meetings.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.meetings.internal.Occurrence;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.Option;

/**
 * The meetings of every body the reader may see, or of one, between any two dates from 1900 to 2100: the coming
 * eight weeks unless asked otherwise, and the period before or after it one step away.
 */
@Controller
class MeetingsListController {

    static final int MOST_ROWS = 500;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final Meetings meetings;
    private final Partnership partnership;
    private final MeetingsText text;
    private final FormPost post;
    private final Clock clock;

    MeetingsListController(Meetings meetings, Partnership partnership, MeetingsText text, FormPost post, Clock clock) {
        this.meetings = meetings;
        this.partnership = partnership;
        this.text = text;
        this.post = post;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/meetings")
    String list(Actor actor, @Valid @ModelAttribute("period") MeetingsPeriodForm period, BindingResult errors,
            Model model) {
        LocalDate today = meetings.today();
        BindingResult checked = post.check(period, errors, model, rules -> period.check(rules, today));
        List<Body> bodies = partnership.bodies(actor);
        Map<UUID, String> names = new LinkedHashMap<>();
        bodies.forEach(b -> names.put(b.id().value(), b.name()));
        model.addAttribute("bodies", bodies.stream().map(b -> Option.of(b.id().value(), b.name())).toList());
        if (checked.hasErrors()) {
            model.addAttribute("rows", List.of());
            return "meetings/meetings";
        }
        BodyId body = period.body(); // a body the reader may not see answers 404, as its own page does
        LocalDate first = period.first(today);
        LocalDate last = period.last(today);
        Instant start = first.atStartOfDay(Occurrence.LONDON).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(Occurrence.LONDON).toInstant();
        List<Meeting> found = body == null ? meetings.meetingsVisibleTo(actor, start, end, MOST_ROWS)
                : meetings.meetingsOf(actor, body, start, end);
        Instant now = clock.instant();
        model.addAttribute("rows", found.stream().limit(MOST_ROWS)
                .map(m -> ScheduleRow.of(m, names.get(m.bodyId().value()), now, text)).toList());
        model.addAttribute("cut", found.size() >= MOST_ROWS);
        model.addAttribute("heading", body == null
                ? text.text("meetings.list.heading", DAY.format(first), DAY.format(last))
                : text.text("meetings.list.headingOfBody", names.get(body.value()), DAY.format(first),
                        DAY.format(last)));
        long days = MeetingsPeriodForm.days(first, last);
        model.addAttribute("earlier", MeetingsPeriodForm.address(first.minusDays(days), first.minusDays(1), body));
        model.addAttribute("later", MeetingsPeriodForm.address(last.plusDays(1), last.plusDays(days), body));
        return "meetings/meetings";
    }
}
