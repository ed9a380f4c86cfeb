package uk.saferhub.meetings.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import uk.saferhub.directory.Directory;
import uk.saferhub.meetings.CalendarFeeds;
import uk.saferhub.meetings.CalendarSubscription.Subject;
import uk.saferhub.meetings.MeetingsChangeRefused;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * A signed-in user's calendar subscriptions: follow a body's meetings or a person's, see the secret address once,
 * and revoke it. Only what the user may see can be followed; anything else answers as absent.
 */
@Controller
class CalendarSubscriptionController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(java.time.ZoneId.of("Europe/London"));

    private final CalendarFeeds feeds;
    private final Partnership partnership;
    private final Directory directory;

    CalendarSubscriptionController(CalendarFeeds feeds, Partnership partnership, Directory directory) {
        this.feeds = feeds;
        this.partnership = partnership;
        this.directory = directory;
    }

    /** A subscription as listed: what it follows, when it was made and last read by a calendar program. */
    record Row(UUID id, String name, String kind, String created, String lastUsed) {
    }

    /** An option of a select. */
    record Option(String value, String label) {
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/calendars")
    String subscriptions(@RequestParam(required = false) String subject, @RequestParam(required = false) String id,
            Model model) {
        Actor actor = CurrentActor.require();
        Subject chosen = subjectOf(subject);
        String selected = null;
        if (chosen != null && id != null && !id.isBlank()) {
            UUID subjectId = uuid(id);
            requireVisible(actor, chosen, subjectId);
            selected = subjectId.toString();
        }
        return page(model, actor, chosen, selected, null);
    }

    @PreAuthorize("isAuthenticated()")
    @PostMapping("/calendars")
    String subscribe(@RequestParam(required = false) String subject, @RequestParam(required = false) String id,
            Model model) {
        Actor actor = CurrentActor.require();
        Subject chosen = subjectOf(subject);
        if (chosen == null) {
            return page(model, actor, null, null, "Choose a body or a person to follow");
        }
        if (id == null || id.isBlank()) {
            return page(model, actor, chosen, null, chosen == Subject.BODY ? "Select a body" : "Select a person");
        }
        try {
            CalendarFeeds.Issued issued = feeds.subscribe(actor, chosen, uuid(id));
            String address = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/calendars/feeds/{token}.ics").buildAndExpand(issued.token()).toUriString();
            model.addAttribute("name", issued.name());
            model.addAttribute("address", address);
            model.addAttribute("webcal", address.replaceFirst("^https?://", "webcal://"));
            return "meetings/calendar-subscribed";
        } catch (MeetingsChangeRefused refused) {
            return page(model, actor, chosen, id, refused.getMessage());
        }
    }

    @PreAuthorize("isAuthenticated()")
    @PostMapping("/calendars/{id}/revoke")
    String revoke(@PathVariable String id, RedirectAttributes redirect) {
        feeds.revoke(CurrentActor.require(), uuid(id));
        redirect.addFlashAttribute("success", "Subscription revoked: its address no longer works");
        return "redirect:/calendars";
    }

    private String page(Model model, Actor actor, Subject subject, String selected, String error) {
        model.addAttribute("pageTitle", (error == null ? "" : "Error: ") + "Your calendar subscriptions");
        model.addAttribute("rows", feeds.subscriptionsOf(actor).stream()
                .map(issued -> new Row(issued.subscription().id(), issued.name(),
                        issued.subscription().subjectType() == Subject.BODY ? "Body" : "Person",
                        DAY.format(issued.subscription().createdAt()), day(issued.subscription().lastUsedAt())))
                .toList());
        model.addAttribute("bodies", partnership.bodies(actor).stream()
                .map(body -> new Option(body.id().toString(), body.name())).toList());
        model.addAttribute("people", directory.peopleVisibleTo(actor).stream()
                .map(person -> new Option(person.id().toString(), person.name()))
                .sorted(Comparator.comparing(Option::label)).toList());
        model.addAttribute("subject", subject);
        model.addAttribute("selectedBody", subject == Subject.BODY ? selected : null);
        model.addAttribute("selectedPerson", subject == Subject.PERSON ? selected : null);
        model.addAttribute("error", error);
        model.addAttribute("errorField", subject == Subject.PERSON ? "person-id" : "body-id");
        return "meetings/calendars";
    }

    private void requireVisible(Actor actor, Subject subject, UUID id) {
        if (subject == Subject.BODY) {
            partnership.body(actor, BodyId.of(id));
        } else {
            directory.person(actor, id);
        }
    }

    private static Subject subjectOf(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "BODY" -> Subject.BODY;
            case "PERSON" -> Subject.PERSON;
            default -> null;
        };
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("calendar subject", text);
        }
    }

    private static String day(Instant instant) {
        return instant == null ? "Not yet" : DAY.format(instant);
    }
}
