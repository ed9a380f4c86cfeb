package uk.saferhub.plans;

import java.util.UUID;

/** The Commissioner's response to one recommendation, with the reasons. */
public record Answer(UUID recommendationId, ResponseKind response, String reasons) {
}
