package uk.saferhub.workforce.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.workforce.ContactPoint;
import uk.saferhub.workforce.ContactPointDetails;
import uk.saferhub.workforce.ContactPointWords;
import uk.saferhub.workforce.ContactPoints;
import uk.saferhub.workforce.internal.WorkforceChangeRefused;

/**
 * Local contact points, signed in: everyone sees them (they are advertised); police contributors add them for their
 * organisation and call off a date (others: 403).
 */
@Controller
class ContactPointController {

    private final ContactPoints contactPoints;
    private final ContactPointWords schedule;
    private final PageWords words;
    private final FormPost post;

    ContactPointController(ContactPoints contactPoints, ContactPointWords schedule, PageWords words, FormPost post) {
        this.contactPoints = contactPoints;
        this.schedule = schedule;
        this.words = words;
        this.post = post;
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/workforce/contact-points")
    String list(Actor actor, Model model) {
        model.addAttribute("points", contactPoints.all());
        model.addAttribute("schedule", schedule);
        model.addAttribute("upcoming", contactPoints.upcoming(8));
        model.addAttribute("mayAdd", contactPoints.mayAdd(actor));
        return "workforce/contact-points";
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/workforce/contact-points/new")
    String form(Actor actor, Model model) {
        adder(actor);
        model.addAttribute("contactPointForm", new ContactPointForm(null, null, null, null, null, null, null, null,
                null, null, null, null));
        return formPage(model);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/workforce/contact-points/new")
    String add(Actor actor, @ModelAttribute("contactPointForm") ContactPointForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        adder(actor);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, Map.of("firstDate", "firstDate.day", "lastDate", "lastDate.day"),
                () -> {
                    ContactPoint point = contactPoints.add(actor, new ContactPointDetails(form.name(), form.address(),
                            form.latitude(), form.longitude(), actor.organisationId(), form.frequency(), form.day(),
                            form.weekOfMonth(), time("starts", form.starts()), time("ends", form.ends()),
                            form.firstDate().isBlank() ? null : form.firstDate().date(),
                            form.lastDate().isBlank() ? null : form.lastDate().date(), form.staffedBy(), null));
                    return Done.redirect("/workforce/contact-points/" + point.id(), "workforce.contact.added",
                            point.name());
                }, () -> formPage(model));
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/workforce/contact-points/{id}")
    String point(Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("cancelForm", new CancelForm(null, null));
        return pointPage(actor, contactPoints.contactPoint(id), model);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/workforce/contact-points/{id}/cancel")
    String cancel(Actor actor, @PathVariable UUID id, @ModelAttribute("cancelForm") CancelForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        ContactPoint point = contactPoints.contactPoint(id);
        if (!contactPoints.mayCancel(actor, point)) {
            throw new AccessDeniedException("Police contributors of its organisation call off a date");
        }
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, Map.of("date", "date.day"), () -> {
            contactPoints.cancel(actor, id, form.date().isBlank() ? null : form.date().date(), form.reason());
            return Done.redirect("/workforce/contact-points/" + id, "workforce.contact.cancelled");
        }, () -> pointPage(actor, point, model));
    }

    private String pointPage(Actor actor, ContactPoint point, Model model) {
        model.addAttribute("point", point);
        model.addAttribute("schedule", schedule.schedule(point));
        model.addAttribute("dates", point.occurrences(contactPoints.today(), contactPoints.today().plusWeeks(12)));
        model.addAttribute("mayCancel", contactPoints.mayCancel(actor, point));
        model.addAttribute("website", contactPoints.websiteOf(point.owningOrganisationId()));
        return "workforce/contact-point";
    }

    private String formPage(Model model) {
        model.addAttribute("frequencies", words.options(ContactPoint.Frequency.values(), "workforce.contact.frequency."));
        model.addAttribute("days", Arrays.stream(DayOfWeek.values())
                .map(day -> Option.of(day, day.getDisplayName(TextStyle.FULL, Locale.UK))).toList());
        return "workforce/contact-point-form";
    }

    private void adder(Actor actor) {
        if (!contactPoints.mayAdd(actor)) {
            throw new AccessDeniedException("Police contributors add contact points");
        }
    }

    private static LocalTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new WorkforceChangeRefused(field, "workforce.contact.time.required");
        }
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException notATime) {
            throw new WorkforceChangeRefused(field, "workforce.contact.time.format");
        }
    }
}
