package uk.saferhub.tasking.internal;

import java.util.UUID;

/** A priority proposed at a meeting's review: its category, title, problem, owner and place (a ward or a street). */
public record ProposedPriority(UUID categoryId, String title, String problem, UUID ownerOrganisationId,
        UUID placeId, String locationText) {

    /** Whether nothing was entered on the line (an empty line of the form). */
    public boolean blank() {
        return categoryId == null && ownerOrganisationId == null && placeId == null && empty(title)
                && empty(problem) && empty(locationText);
    }

    private static boolean empty(String text) {
        return text == null || text.isBlank();
    }
}
