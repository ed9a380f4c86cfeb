package uk.saferhub.plans.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.plans.Plans;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;

/**
 * Which Plans, drafts and Panel timings the audit trail may show an actor: Plans and drafts as the access model lets
 * them see them (a draft only to the Commissioner's office, the force and, once sent, the Panel's members); a Panel's
 * timing to anyone signed in, as it holds nothing restricted.
 */
@Component
class PlansRecordVisibility implements RecordVisibility {

    private final Plans plans;

    PlansRecordVisibility(Plans plans) {
        this.plans = plans;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(uk.saferhub.plans.Plan.RECORD_TYPE, uk.saferhub.plans.Variation.RECORD_TYPE,
                "plan-panel-timing");
    }

    @Override
    public Set<String> visibleTo(Actor actor, String recordType, Set<String> recordIds) {
        if (recordType.equals("plan-panel-timing")) {
            return actor == null ? Set.of() : recordIds;
        }
        Set<UUID> visible = new HashSet<>();
        for (UUID id : RecordVisibility.uuidsOf(recordIds)) {
            if (plans.visibleWithoutAudit(actor, recordType, id)) {
                visible.add(id);
            }
        }
        return RecordVisibility.idsOf(visible);
    }
}
