package uk.saferhub.plans.web;

import java.util.UUID;

import uk.saferhub.plans.ResponseKind;

/** The response to one recommendation, on the form recording the Commissioner's response. */
record AnswerRow(UUID recommendationId, ResponseKind response, String reasons) {
}
