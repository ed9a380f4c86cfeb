package uk.saferhub.plans.web;

import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.plans.Comparison;
import uk.saferhub.plans.DraftDetails;
import uk.saferhub.plans.Objective;
import uk.saferhub.plans.Plan;
import uk.saferhub.plans.PlanVersion;
import uk.saferhub.plans.PlanWorkflow;
import uk.saferhub.plans.Plans;
import uk.saferhub.plans.Variation;
import uk.saferhub.plans.VariationRules;
import uk.saferhub.plans.VariationStep;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/**
 * The Plans and their drafts, signed in. Every reader and panel member sees the issued Plans and the published
 * drafts; a draft not yet published is seen by the Commissioner's office, the Chief Constable's force and, once sent,
 * the people holding a seat on the Panel (everyone else finds nothing: 404). Coordinators of the Commissioner's office
 * draft and change variations (others: 403).
 */
@Controller
class PlanPageController {

    /** The new Plan's form has one objective, under fields of its own. */
    private static final Map<String, String> NEW_PLAN_FIELDS = Map.of(
            PlanWorkflow.objectiveField(0, "number"), "objectiveNumber",
            PlanWorkflow.objectiveField(0, "title"), "objectiveTitle",
            PlanWorkflow.objectiveField(0, "text"), "objectiveText");

    private final Plans plans;
    private final PlanWorkflow workflow;
    private final FormPost post;
    private final uk.saferhub.directory.Directory directory;
    private final uk.saferhub.partnership.Partnership partnership;

    PlanPageController(Plans plans, PlanWorkflow workflow, FormPost post, uk.saferhub.directory.Directory directory,
            uk.saferhub.partnership.Partnership partnership) {
        this.plans = plans;
        this.workflow = workflow;
        this.post = post;
        this.directory = directory;
        this.partnership = partnership;
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/plans")
    String plans(Actor actor, Model model) {
        model.addAttribute("plans", plans.plans(actor));
        model.addAttribute("drafts", plans.variations(actor));
        model.addAttribute("mayDraftPlan", plans.mayDraftPlan(actor));
        return "plans/plans";
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/plans/new")
    String newPlanForm(Actor actor, Model model) {
        planDrafter(actor);
        model.addAttribute("newPlanForm", new NewPlanForm(null, null, null, null, null, null, null, null, 1, null,
                null));
        return newPlanPage(actor, model);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/plans/new")
    String newPlan(Actor actor, @ModelAttribute("newPlanForm") NewPlanForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        planDrafter(actor);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, NEW_PLAN_FIELDS, () -> {
            Variation draft = workflow.newPlan(actor, actor.organisationId(), new uk.saferhub.plans.NewPlan(
                    form.planTitle(), form.term(), form.commissioner(), form.electionYear(), form.forceId(),
                    form.panelId() == null ? null : uk.saferhub.partnership.BodyId.of(form.panelId())),
                    new DraftDetails(form.title(), form.reason(), List.of(ObjectiveText.parse(form.objectiveNumber(),
                            form.objectiveTitle(), form.objectiveText()))));
            return Done.redirect("/variations/" + draft.id(), "plans.draft.made", draft.title());
        }, () -> newPlanPage(actor, model));
    }

    private void planDrafter(Actor actor) {
        if (!plans.mayDraftPlan(actor)) {
            throw new AccessDeniedException("Coordinators of a Commissioner's office draft Plans");
        }
    }

    private String newPlanPage(Actor actor, Model model) {
        model.addAttribute("forces", directory.allOrganisations().stream()
                .filter(o -> o.type() == uk.saferhub.directory.OrganisationType.POLICE_FORCE)
                .map(o -> uk.saferhub.shared.web.Option.of(o.id(), o.name())).toList());
        model.addAttribute("panels", partnership.bodies(actor).stream()
                .filter(b -> b.type() == uk.saferhub.partnership.BodyType.POLICE_AND_CRIME_PANEL)
                .map(b -> uk.saferhub.shared.web.Option.of(b.id().value(), b.name())).toList());
        return "plans/new-plan";
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/plans/due")
    String due(Actor actor, Model model) {
        model.addAttribute("due", plans.due(actor));
        model.addAttribute("panels", partnership.bodies(actor).stream()
                .filter(b -> b.type() == uk.saferhub.partnership.BodyType.POLICE_AND_CRIME_PANEL)
                .map(b -> java.util.Map.entry(b, plans.timing(b.id()))).toList());
        return "plans/due";
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/plans/{id}")
    String plan(Actor actor, @PathVariable UUID id, Model model) {
        Plan plan = plans.plan(actor, id);
        model.addAttribute("plan", plan);
        model.addAttribute("current", plan.current().orElse(null));
        model.addAttribute("drafts", plans.variations(actor, id));
        model.addAttribute("mayDraft", plans.mayDraft(actor, plan) && plan.issued());
        return "plans/plan";
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/plans/{id}/versions/{number}")
    String version(Actor actor, @PathVariable UUID id, @PathVariable int number, Model model) {
        Plan plan = plans.plan(actor, id);
        PlanVersion version = plan.version(number)
                .orElseThrow(() -> new RecordNotFoundException("police-and-crime-plan-version", id + "/" + number));
        model.addAttribute("plan", plan);
        model.addAttribute("version", version);
        return "plans/version";
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/plans/{id}/variations/new")
    String newDraft(Actor actor, @PathVariable UUID id, Model model) {
        Plan plan = drafter(actor, id);
        Objective first = plan.current().orElseThrow().objectives().getFirst();
        model.addAttribute("draftForm", new DraftForm(null, null, List.of(row(first)), null));
        return draftPage(model, plan, null);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/plans/{id}/variations/new")
    String draft(Actor actor, @PathVariable UUID id, @ModelAttribute("draftForm") DraftForm form,
            BindingResult errors, @RequestParam(name = "add", required = false) String add, Model model,
            RedirectAttributes redirect) {
        Plan plan = drafter(actor, id);
        if (add != null) {
            return anotherObjective(model, form, plan, null);
        }
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, draftFields(form), () -> {
            Variation draft = workflow.draft(actor, id, details(form));
            return Done.redirect("/variations/" + draft.id(), "plans.draft.made", draft.title());
        }, () -> draftPage(model, plan, null));
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/variations/{id}")
    String variation(Actor actor, @PathVariable UUID id, Model model) {
        Variation draft = plans.variation(actor, id);
        var timing = plans.timing(draft.panelId());
        model.addAttribute("draft", draft);
        model.addAttribute("comparison", Comparison.of(plans.versionVariedBy(draft), draft.objectives()));
        model.addAttribute("steps", plans.stepsOpenTo(actor, draft).stream()
                .filter(step -> step != VariationStep.EDIT).toList());
        model.addAttribute("slugs", java.util.Arrays.stream(VariationStep.values()).collect(
                java.util.stream.Collectors.toMap(Enum::name, VariationStepController::slug)));
        model.addAttribute("mayEdit", plans.stepsOpenTo(actor, draft).contains(VariationStep.EDIT));
        model.addAttribute("reportDue", VariationRules.reportDue(draft, timing).orElse(null));
        model.addAttribute("responseDue", VariationRules.responseDue(draft, timing).orElse(null));
        return "plans/variation";
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/variations/{id}/edit")
    String editForm(Actor actor, @PathVariable UUID id, Model model) {
        Variation draft = editable(actor, id);
        model.addAttribute("draftForm", new DraftForm(draft.title(), draft.reason(),
                draft.objectives().stream().map(PlanPageController::row).toList(), draft.version()));
        return draftPage(model, plans.plan(actor, draft.planId()), draft);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/variations/{id}/edit")
    String edit(Actor actor, @PathVariable UUID id, @ModelAttribute("draftForm") DraftForm form,
            BindingResult errors, @RequestParam(name = "add", required = false) String add, Model model,
            RedirectAttributes redirect) {
        Variation draft = editable(actor, id);
        if (add != null) {
            return anotherObjective(model, form, plans.plan(actor, draft.planId()), draft);
        }
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, draftFields(form), () -> {
            workflow.edit(actor, id, form.version() == null ? -1 : form.version(), details(form));
            return Done.redirect("/variations/" + id, "plans.draft.changed");
        }, () -> draftPage(model, plans.plan(actor, draft.planId()), draft));
    }

    private Plan drafter(Actor actor, UUID id) {
        Plan plan = plans.plan(actor, id);
        if (!plans.mayDraft(actor, plan)) {
            throw new AccessDeniedException("Coordinators of the Commissioner's office draft variations");
        }
        if (!plan.issued()) {
            throw new RecordNotFoundException("police-and-crime-plan-version", id);
        }
        return plan;
    }

    private Variation editable(Actor actor, UUID id) {
        Variation draft = plans.variation(actor, id);
        if (!plans.mayTake(actor, draft, VariationStep.EDIT)) {
            throw new AccessDeniedException("Coordinators of the Commissioner's office change drafts");
        }
        return draft;
    }

    private String draftPage(Model model, Plan plan, Variation draft) {
        model.addAttribute("plan", plan);
        model.addAttribute("draft", draft);
        return "plans/draft-form";
    }

    /** The form again, as it was sent, with an empty objective added; nothing is saved. */
    private String anotherObjective(Model model, DraftForm form, Plan plan, Variation draft) {
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "draftForm");
        model.addAttribute("draftForm", form.withAnotherObjective());
        return draftPage(model, plan, draft);
    }

    private static ObjectiveRow row(Objective objective) {
        return new ObjectiveRow(objective.number(), objective.title(), ObjectiveText.write(objective));
    }

    /** The draft's objectives: the form's rows that are not empty, in their order. */
    private static DraftDetails details(DraftForm form) {
        return new DraftDetails(form.title(), form.reason(), form.objectives().stream()
                .filter(row -> !row.empty())
                .map(row -> ObjectiveText.parse(row.number(), row.title(), row.text())).toList());
    }

    /**
     * Where a refusal about the draft's nth objective goes on the form: beside the nth row that is not empty (the
     * workflow counts only those).
     */
    private static Map<String, String> draftFields(DraftForm form) {
        Map<String, String> fields = new java.util.HashMap<>();
        int kept = 0;
        for (int row = 0; row < form.objectives().size(); row++) {
            if (form.objectives().get(row).empty()) {
                continue;
            }
            for (String part : List.of("number", "title", "text")) {
                fields.put(PlanWorkflow.objectiveField(kept, part), PlanWorkflow.objectiveField(row, part));
            }
            kept++;
        }
        return fields;
    }
}
