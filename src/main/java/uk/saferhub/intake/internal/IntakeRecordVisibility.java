package uk.saferhub.intake.internal;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;

/**
 * Which intake records the audit trail may show an actor: a report (and the views of its reporter) only to the
 * organisation it is routed to, the one organisation that sees its reporter on the intake queue; an observation to
 * whoever may see it, so intelligence (and every view of it) only to the police.
 */
@Component
class IntakeRecordVisibility implements RecordVisibility {

    private final RequestStore requests;
    private final ObservationStore observations;

    IntakeRecordVisibility(RequestStore requests, ObservationStore observations) {
        this.requests = requests;
        this.observations = observations;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("intake-request", "intake-reporter", ServiceEditor.RECORD_TYPE, Observation.RECORD_TYPE);
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
        if (recordType.equals(Observation.RECORD_TYPE)) {
            for (String id : recordIds) {
                try {
                    observations.find(java.util.UUID.fromString(id))
                            .filter(observation -> uk.saferhub.shared.access.AccessPolicy.canSee(actor, observation))
                            .ifPresent(observation -> visible.add(id));
                } catch (IllegalArgumentException notAnObservation) {
                    // not an observation's id: never shown
                }
            }
            return visible;
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
