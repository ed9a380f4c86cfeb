package uk.saferhub.intake.internal;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;

/**
 * Which Open311 reports the audit trail may show an actor: a report (and the views of its reporter) only to the
 * organisation it is routed to, the one organisation that sees its reporter on the intake queue.
 */
@Component
class IntakeRecordVisibility implements RecordVisibility {

    private final RequestStore requests;

    IntakeRecordVisibility(RequestStore requests) {
        this.requests = requests;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("intake-request", "intake-reporter", ServiceEditor.RECORD_TYPE);
    }

    @Override
    public Set<String> visibleTo(Actor actor, String recordType, Set<String> recordIds) {
        Set<String> visible = new HashSet<>();
        if (actor == null) {
            return visible;
        }
        if (recordType.equals(ServiceEditor.RECORD_TYPE)) {
            return Set.copyOf(recordIds);
        }
        for (String id : recordIds) {
            long number;
            try {
                number = Long.parseLong(id);
            } catch (NumberFormatException notAReport) {
                continue;
            }
            requests.find(number)
                    .filter(report -> Objects.equals(report.routedOrganisationId(), actor.organisationId()))
                    .ifPresent(report -> visible.add(id));
        }
        return visible;
    }
}
