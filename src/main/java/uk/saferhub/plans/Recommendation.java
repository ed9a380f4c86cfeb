package uk.saferhub.plans;

import java.util.UUID;

/** One recommendation of the Panel's report, and the Commissioner's response to it with the reasons (null until given). */
public record Recommendation(UUID id, int number, String text, ResponseKind response, String reasons) {

    public boolean answered() {
        return response != null && reasons != null && !reasons.isBlank();
    }
}
