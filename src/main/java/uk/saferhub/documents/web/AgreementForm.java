package uk.saferhub.documents.web;

import jakarta.validation.constraints.NotBlank;

import uk.saferhub.documents.ServiceAgreement;
import uk.saferhub.documents.ServiceAgreementDetails;
import uk.saferhub.shared.web.PlainText;

/** What a service agreement delivers, as posted: the council service, powers, role, duties, referral and training. */
record AgreementForm(
        @NotBlank(message = "{documents.agreementForm.councilService.required}") @PlainText String councilService,
        @PlainText(lineBreaks = true) String powers,
        @PlainText String deliveringRole,
        @PlainText(lineBreaks = true) String duties,
        @PlainText(lineBreaks = true) String referral,
        @PlainText(lineBreaks = true) String trainingRequired) {

    /** What the agreement says now, or a new one delivered by PCSOs. */
    static AgreementForm of(ServiceAgreement agreement) {
        if (agreement == null) {
            return new AgreementForm(null, null, "PCSO", null, null, null);
        }
        return new AgreementForm(agreement.councilService(), agreement.powers(), agreement.deliveringRole(),
                agreement.duties(), agreement.referral(), agreement.trainingRequired());
    }

    ServiceAgreementDetails details() {
        return new ServiceAgreementDetails(councilService, powers, deliveringRole, duties, referral, trainingRequired);
    }
}
