package uk.saferhub.plans.web;

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

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.plans.PanelTiming;
import uk.saferhub.plans.PlanWorkflow;
import uk.saferhub.plans.Plans;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/**
 * A Police and Crime Panel's own times for reviewing drafts: anyone who may see the Panel reads them; its officers (a
 * contributor holding a seat on it) or a coordinator of its host authority set them (others: 403). A body that is not
 * a Panel, or one the caller may not see, is not there (404).
 */
@Controller
class PanelTimingController {

    private final Plans plans;
    private final PlanWorkflow workflow;
    private final Partnership partnership;
    private final FormPost post;

    PanelTimingController(Plans plans, PlanWorkflow workflow, Partnership partnership, FormPost post) {
        this.plans = plans;
        this.workflow = workflow;
        this.partnership = partnership;
        this.post = post;
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/plans/panels/{bodyId}")
    String timing(Actor actor, @PathVariable UUID bodyId, Model model) {
        Body panel = panel(actor, bodyId);
        PanelTiming timing = plans.timing(panel.id());
        model.addAttribute("timingForm", new TimingForm(timing.reviewDays(), timing.responseDays(),
                timing.reminderDays(), timing.note()));
        return page(model, actor, panel);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/plans/panels/{bodyId}")
    String set(Actor actor, @PathVariable UUID bodyId, @ModelAttribute("timingForm") TimingForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Body panel = panel(actor, bodyId);
        if (!workflow.mayTime(actor, panel)) {
            throw new AccessDeniedException("The Panel's officers set its times");
        }
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, Map.of(), () -> {
            workflow.setTiming(actor, panel.id(), form.reviewDays(), form.responseDays(), form.reminderDays(),
                    form.note());
            return Done.redirect("/plans/panels/" + bodyId, "plans.timing.saved");
        }, () -> page(model, actor, panel));
    }

    private Body panel(Actor actor, UUID bodyId) {
        Body body = partnership.body(actor, BodyId.of(bodyId));
        if (body.type() != BodyType.POLICE_AND_CRIME_PANEL) {
            throw new RecordNotFoundException("police-and-crime-panel", bodyId);
        }
        return body;
    }

    private String page(Model model, Actor actor, Body panel) {
        model.addAttribute("panel", panel);
        model.addAttribute("mayTime", workflow.mayTime(actor, panel));
        return "plans/timing";
    }
}
