package uk.saferhub.plans.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.plans.DueStep;
import uk.saferhub.plans.Plans;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.HomeContributor;
import uk.saferhub.shared.web.HomeItem;
import uk.saferhub.shared.web.HomePanel;

/**
 * The reminder on the home page: the steps of drafts the signed-in person may take, soonest due first, each tagged
 * overdue or due soon (within the Panel's reminder time). Nothing is shown to someone with no step to take.
 */
@Component
class PlansHomePanels implements HomeContributor {

    static final int LIMIT = 5;

    private final Plans plans;

    PlansHomePanels(Plans plans) {
        this.plans = plans;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HomePanel> homePanels(Actor actor) {
        List<DueStep> yours = plans.due(actor).stream().filter(DueStep::yours).toList();
        if (yours.isEmpty()) {
            return List.of();
        }
        List<HomeItem> items = yours.stream().limit(LIMIT).map(due -> new HomeItem(due.draft().title(),
                "/variations/" + due.draft().id(), due.draft().planTitle(), due.by() == null ? null : "plans.home.due",
                due.by() == null ? null : due.by().toString(), "plans.step." + due.step().name(),
                switch (due.urgency()) {
                    case OVERDUE -> "red";
                    case SOON -> "yellow";
                    default -> "grey";
                })).toList();
        return List.of(new HomePanel(45, "plans.home.heading", null, yours.size(), items, "plans.home.none",
                "plans.home.all", "/plans/due"));
    }
}
