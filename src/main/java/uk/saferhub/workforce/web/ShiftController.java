package uk.saferhub.workforce.web;

import java.time.LocalTime;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.workforce.internal.PatrolShifts;
import uk.saferhub.workforce.internal.Pcso;
import uk.saferhub.workforce.internal.Workforce;

/**
 * A PCSO's weekly shift pattern: whoever may see the PCSO reads it; contributors of the PCSO's force add and take out
 * shifts (others are refused, 403).
 */
@Controller
class ShiftController {

    private final PatrolShifts shifts;
    private final Workforce workforce;
    private final FormPost post;
    private final PageWords words;

    ShiftController(PatrolShifts shifts, Workforce workforce, FormPost post, PageWords words) {
        this.shifts = shifts;
        this.workforce = workforce;
        this.post = post;
        this.words = words;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce/pcsos/{pcsoId}/shifts")
    String page(Actor actor, @PathVariable UUID pcsoId, Model model) {
        model.addAttribute("shiftForm", ShiftForm.empty());
        return page(model, actor, pcsoId);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/workforce/pcsos/{pcsoId}/shifts")
    String add(Actor actor, @PathVariable UUID pcsoId, @Valid @ModelAttribute("shiftForm") ShiftForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            shifts.add(actor, pcsoId, form.day(), LocalTime.parse(form.starts()), LocalTime.parse(form.ends()));
            return Done.redirect("/workforce/pcsos/" + pcsoId + "/shifts", "workforce.shift.added");
        }, () -> page(model, actor, pcsoId));
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/workforce/pcsos/{pcsoId}/shifts/{shiftId}/remove")
    String remove(Actor actor, @PathVariable UUID pcsoId, @PathVariable UUID shiftId,
            RedirectAttributes redirect) {
        shifts.remove(actor, pcsoId, shiftId);
        return post.done(redirect, Done.redirect("/workforce/pcsos/" + pcsoId + "/shifts",
                "workforce.shift.removed"));
    }

    private String page(Model model, Actor actor, UUID pcsoId) {
        Pcso pcso = workforce.pcso(actor, pcsoId);
        model.addAttribute("pcso", pcso);
        model.addAttribute("shifts", shifts.of(actor, pcsoId));
        model.addAttribute("mayChange", shifts.mayChange(actor, pcso));
        model.addAttribute("days", words.options(java.time.DayOfWeek.values(), "workforce.shift.day"));
        return "workforce/pcso-shifts";
    }
}
