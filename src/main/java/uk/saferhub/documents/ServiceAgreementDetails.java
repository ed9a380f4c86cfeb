package uk.saferhub.documents;

/** What an editor says a service agreement delivers. */
public record ServiceAgreementDetails(String councilService, String powers, String deliveringRole, String duties,
        String referral, String trainingRequired) {
}
