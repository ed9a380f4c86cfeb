package uk.saferhub.publicsite.web;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.plans.Comparison;
import uk.saferhub.plans.Plan;
import uk.saferhub.plans.Plans;
import uk.saferhub.plans.Variation;

/**
 * The Police and Crime Plans for anyone without signing in: each issued Plan with its versions, and each variation
 * whose response to the Panel is published, with the Panel's report, the recommendations and the Commissioner's
 * response to each. A draft not yet published is not there (404), exactly as if it did not exist.
 */
@Controller
class PublicPlansController {

    private final Plans plans;

    PublicPlansController(Plans plans) {
        this.plans = plans;
    }

    @PermitAll
    @GetMapping("/public/plans")
    String plans(Model model) {
        model.addAttribute("plans", plans.plans(null));
        model.addAttribute("drafts", plans.variations(null));
        return "publicsite/plans";
    }

    @PermitAll
    @GetMapping("/public/plans/{id}")
    String plan(@PathVariable UUID id, Model model) {
        Plan plan = plans.plan(null, id);
        List<Variation> drafts = plans.variations(null, id);
        model.addAttribute("plan", plan);
        model.addAttribute("current", plan.current().orElseThrow());
        model.addAttribute("drafts", drafts);
        return "publicsite/plan";
    }

    @PermitAll
    @GetMapping("/public/variations/{id}")
    String variation(@PathVariable UUID id, Model model) {
        Variation draft = plans.variation(null, id);
        model.addAttribute("draft", draft);
        model.addAttribute("comparison", Comparison.of(plans.versionVariedBy(draft), draft.objectives()));
        return "publicsite/variation";
    }
}
