package uk.saferhub.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * What a service agreement delivers: the council service (responsible dog ownership), the powers or designations
 * used, the delivering role (PCSO), what they do, how they refer to council officers and the training required.
 */
public record ServiceAgreement(UUID documentId, String councilService, String powers, String deliveringRole,
        String duties, String referral, String trainingRequired, Instant updatedAt) {
}
