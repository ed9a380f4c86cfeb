package uk.saferhub.meetings.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import uk.saferhub.directory.Directory;
import uk.saferhub.meetings.internal.CalendarFeeds;
import uk.saferhub.meetings.internal.CalendarSubscription.Subject;
import uk.saferhub.meetings.internal.MeetingsChangeRefused;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;

/**
 * A signed-in user's calendar subscriptions: follow a body's meetings or a person's, see the secret address once,
 * and revoke it. Only what the user may see can be followed; anything else answers as absent.
 */
@Controller
class CalendarSubscriptionController {

    /** A refusal to subscribe at all (an API key) concerns the whole form. */
    private static final Map<String, String> FIELDS = Map.of("subject", "");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final CalendarFeeds feeds;
    private final Partnership partnership;
    private final Directory directory;
    private final MeetingsText text;
    private final FormPost post;

    CalendarSubscriptionController(CalendarFeeds feeds, Partnership partnership, Directory directory,
            MeetingsText text, FormPost post) {
        this.feeds = feeds;
        this.partnership = partnership;
        this.directory = directory;
        this.text = text;
        this.post = post;
    }

    /** A subscription as listed: what it follows, when it was made and last read by a calendar program. */
    record Row(UUID id, String name, String kind, String created, String lastUsed) {
    }

    /** The page, with the body or person a link chose ({@code subject} and {@code id}) already selected. */
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/calendars")
    String subscriptions(Actor actor, @RequestParam(required = false) Subject subject,
            @RequestParam(required = false) UUID id, Model model) {
        if (subject != null && id != null) {
            requireVisible(actor, subject, id);
        }
        model.addAttribute("calendarSubscriptionForm", CalendarSubscriptionForm.of(subject, id));
        return page(model, actor);
    }

    /**
     * Shows the new address on the page answering the post, not after a redirect: it is shown once and must not
     * wait in the session for the next page, as a flashed banner would.
     */
    @PreAuthorize("isAuthenticated()")
    @PostMapping("/calendars")
    String subscribe(Actor actor, @Valid @ModelAttribute("calendarSubscriptionForm") CalendarSubscriptionForm form,
            BindingResult errors, Model model) {
        BindingResult checked = post.check(form, errors, model);
        form.check(checked);
        if (checked.hasErrors()) {
            return page(model, actor);
        }
        try {
            CalendarFeeds.Issued issued = feeds.subscribe(actor, form.subject(), form.id());
            String address = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/calendars/feeds/{token}.ics").buildAndExpand(issued.token()).toUriString();
            model.addAttribute("name", issued.name());
            model.addAttribute("address", address);
            model.addAttribute("webcal", address.replaceFirst("^https?://", "webcal://"));
            return "meetings/calendar-subscribed";
        } catch (MeetingsChangeRefused refused) {
            FormErrors.reject(checked, refused, FIELDS);
            return page(model, actor);
        }
    }

    @PreAuthorize("isAuthenticated()")
    @PostMapping("/calendars/{id}/revoke")
    String revoke(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        feeds.revoke(actor, id);
        return post.done(redirect, Done.redirect("/calendars", "meetings.calendars.revoked"));
    }

    private String page(Model model, Actor actor) {
        model.addAttribute("rows", feeds.subscriptionsOf(actor).stream()
                .map(issued -> new Row(issued.subscription().id(), issued.name(),
                        text.text("meetings.calendars.kind." + issued.subscription().subjectType()),
                        DAY.format(issued.subscription().createdAt()), day(issued.subscription().lastUsedAt())))
                .toList());
        model.addAttribute("bodies", partnership.bodies(actor).stream()
                .map(body -> Option.of(body.id().value(), body.name())).toList());
        model.addAttribute("people", directory.peopleVisibleTo(actor).stream()
                .map(person -> Option.of(person.id(), person.name()))
                .sorted(Comparator.comparing(Option::label)).toList());
        return "meetings/calendars";
    }

    private void requireVisible(Actor actor, Subject subject, UUID id) {
        if (subject == Subject.BODY) {
            partnership.body(actor, BodyId.of(id));
        } else {
            directory.person(actor, id);
        }
    }

    private String day(Instant instant) {
        return instant == null ? text.text("meetings.calendars.notYet") : DAY.format(instant);
    }
}
