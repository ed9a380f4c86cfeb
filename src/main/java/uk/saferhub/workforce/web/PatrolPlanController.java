package uk.saferhub.workforce.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

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

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;
import uk.saferhub.workforce.internal.PatrolPlan;
import uk.saferhub.workforce.internal.PatrolPlans;
import uk.saferhub.workforce.internal.PatrolVisit;
import uk.saferhub.workforce.internal.Workforce;

/**
 * Patrol plans: police only. Readers of the PCSOs' force see its plans (each view audited); its contributors
 * propose a plan for an area and week and adjust it (take a visit out, add one); a PCSO sees their own visits.
 * Everyone else finds nothing (404).
 */
@Controller
class PatrolPlanController {

    private final PatrolPlans plans;
    private final Workforce workforce;
    private final Geography geography;
    private final PatrolPlanView view;
    private final FormPost post;

    PatrolPlanController(PatrolPlans plans, Workforce workforce, Geography geography, PatrolPlanView view,
            FormPost post) {
        this.plans = plans;
        this.workforce = workforce;
        this.geography = geography;
        this.view = view;
        this.post = post;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce/patrol-plans")
    String list(Actor actor, Model model) {
        model.addAttribute("plans", plans.plans(actor));
        model.addAttribute("mayPlan", plans.mayPlan(actor));
        model.addAttribute("mine", !plans.mine(actor).isEmpty());
        return "workforce/patrol-plans";
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/workforce/patrol-plans/new")
    String form(Actor actor, Model model) {
        planner(actor);
        model.addAttribute("patrolPlanForm", PatrolPlanForm.empty(nextMonday()));
        return formPage(model);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/workforce/patrol-plans/new")
    String propose(Actor actor, @Valid @ModelAttribute("patrolPlanForm") PatrolPlanForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        planner(actor);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            PatrolPlan plan = plans.propose(actor, form.areaId(), form.week(), form.sharePercent());
            return Done.redirect("/workforce/patrol-plans/" + plan.id(), "workforce.patrol.proposed",
                    plan.visits().size());
        }, () -> formPage(model));
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce/patrol-plans/mine")
    String mine(Actor actor, Model model) {
        List<PatrolVisit> visits = plans.mine(actor);
        model.addAttribute("visits", visits);
        model.addAttribute("days", visits.stream().collect(Collectors.groupingBy(PatrolVisit::day,
                java.util.TreeMap::new, Collectors.toList())));
        return "workforce/patrol-plan-mine";
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce/patrol-plans/{planId}")
    String plan(Actor actor, @PathVariable UUID planId, Model model) {
        PatrolPlan plan = plans.plan(actor, planId);
        model.addAttribute("patrolVisitForm", PatrolVisitForm.of(plan.version()));
        return view.show(model, actor, plan);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/workforce/patrol-plans/{planId}/visits/{visitId}/remove")
    String remove(Actor actor, @PathVariable UUID planId, @PathVariable UUID visitId,
            @Valid @ModelAttribute("patrolVisitForm") PatrolVisitForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            plans.remove(actor, planId, visitId, form.version());
            return Done.redirect("/workforce/patrol-plans/" + planId, "workforce.patrol.removed");
        }, () -> view.show(model, actor, plans.plan(actor, planId)));
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/workforce/patrol-plans/{planId}/visits")
    String add(Actor actor, @PathVariable UUID planId, @Valid @ModelAttribute("patrolVisitForm") PatrolVisitForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            plans.add(actor, planId, form.shiftId(), form.spot() == null ? "" : form.spot(), form.version());
            return Done.redirect("/workforce/patrol-plans/" + planId, "workforce.patrol.added");
        }, () -> view.show(model, actor, plans.plan(actor, planId)));
    }

    /** Only police contributors of a force with PCSOs plan patrols. */
    private void planner(Actor actor) {
        if (!plans.mayPlan(actor)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Police contributors of a force with PCSOs propose patrol plans");
        }
    }

    private String formPage(Model model) {
        List<Option> areas = new ArrayList<>();
        for (PlaceType type : List.of(PlaceType.PATROL_AREA, PlaceType.CITY_AREA, PlaceType.TRIAL_AREA,
                PlaceType.DISTRICT)) {
            geography.places(type).forEach(place -> areas.add(Option.of(place.id(), place.name() + " ("
                    + type.label() + ")")));
        }
        model.addAttribute("areas", areas);
        LocalDate monday = nextMonday();
        List<Option> weeks = new ArrayList<>();
        for (int n = -1; n < 6; n++) {
            LocalDate week = monday.plusWeeks(n);
            weeks.add(new Option(week.toString(), view.weekLabel(week)));
        }
        model.addAttribute("weeks", weeks);
        return "workforce/patrol-plan-form";
    }

    private LocalDate nextMonday() {
        LocalDate today = workforce.today();
        return today.getDayOfWeek() == DayOfWeek.MONDAY ? today : today.with(java.time.temporal.TemporalAdjusters
                .next(DayOfWeek.MONDAY));
    }
}
