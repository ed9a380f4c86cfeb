package uk.saferhub.publicsite.web;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.plans.PlanJson;
import uk.saferhub.plans.Plans;

/**
 * The Police and Crime Plans as open data, in the API's own shapes: issued Plans with every version, and the
 * variations whose response is published, with their steps, recommendations and responses. Nothing else is there.
 */
@RestController
class PublicPlansApiController {

    private final Plans plans;
    private final uk.saferhub.reports.Reports reports;

    PublicPlansApiController(Plans plans, uk.saferhub.reports.Reports reports) {
        this.plans = plans;
        this.reports = reports;
    }

    /** A report published on the public site (a public report to a meeting held in public); otherwise 404. */
    @PermitAll
    @GetMapping("/public/api/reports/{id}")
    uk.saferhub.reports.ReportJson report(@PathVariable UUID id) {
        return uk.saferhub.reports.ReportJson.of(reports.published(id));
    }

    @PermitAll
    @GetMapping("/public/api/plans")
    List<PlanJson.PlanSummary> plans() {
        return plans.plans(null).stream().map(plan -> PlanJson.summary(plan, "/public/api/plans/")).toList();
    }

    @PermitAll
    @GetMapping("/public/api/plans/{id}")
    PlanJson.PlanDetail plan(@PathVariable UUID id) {
        return PlanJson.detail(plans.plan(null, id));
    }

    @PermitAll
    @GetMapping("/public/api/plans/{id}/variations")
    List<PlanJson.VariationSummary> variations(@PathVariable UUID id) {
        return plans.variations(null, id).stream().map(d -> PlanJson.summary(d, "/public/api/variations/")).toList();
    }

    @PermitAll
    @GetMapping("/public/api/variations/{id}")
    PlanJson.VariationDetail variation(@PathVariable UUID id) {
        return PlanJson.detail(plans.variation(null, id));
    }
}
