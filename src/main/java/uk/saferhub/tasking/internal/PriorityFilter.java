package uk.saferhub.tasking.internal;

import java.util.UUID;

/** Which priorities to list: any of the values may be null for all. */
public record PriorityFilter(UUID groupBodyId, PriorityStatus status, UUID categoryId, UUID placeId) {

    public static PriorityFilter none() {
        return new PriorityFilter(null, null, null, null);
    }

    public boolean matches(Priority priority) {
        return (groupBodyId == null || groupBodyId.equals(priority.groupBodyId()))
                && (status == null || status == priority.status())
                && (categoryId == null || categoryId.equals(priority.categoryId()))
                && (placeId == null || priority.placeIds().contains(placeId));
    }
}
