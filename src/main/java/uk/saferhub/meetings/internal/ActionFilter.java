package uk.saferhub.meetings.internal;

import java.time.LocalDate;
import java.util.UUID;

import uk.saferhub.partnership.BodyId;

/**
 * Which actions to list: by state ("open", "overdue", "closed" or null for all), body, and owner (person or
 * organisation).
 */
public record ActionFilter(String state, BodyId body, UUID owner) {

    public static final java.util.List<String> STATES = java.util.List.of("open", "overdue", "closed");

    public ActionFilter {
        if (state != null && !state.isBlank() && !STATES.contains(state)) {
            throw new MeetingsChangeRefused("status", "meetings.actions.state.invalid");
        }
        state = state == null || state.isBlank() ? null : state;
    }

    public boolean matches(MeetingAction action, LocalDate today) {
        boolean stateMatches = state == null
                || ("open".equals(state) && !action.status().closed())
                || ("overdue".equals(state) && action.overdueOn(today))
                || ("closed".equals(state) && action.status().closed());
        boolean ownerMatches = owner == null || owner.equals(action.ownerPersonId())
                || owner.equals(action.ownerOrganisationId());
        return stateMatches && ownerMatches;
    }
}
