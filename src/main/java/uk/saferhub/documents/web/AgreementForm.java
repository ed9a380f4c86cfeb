package uk.saferhub.documents.web;

import org.springframework.validation.Errors;

import uk.saferhub.documents.ServiceAgreement;
import uk.saferhub.documents.ServiceAgreementDetails;

/** What a service agreement delivers, as posted: the council service, powers, role, duties, referral and training. */
public class AgreementForm {

    private String councilService;
    private String powers;
    private String deliveringRole;
    private String duties;
    private String referral;
    private String trainingRequired;

    static AgreementForm of(ServiceAgreement agreement) {
        AgreementForm form = new AgreementForm();
        if (agreement == null) {
            form.deliveringRole = "PCSO";
            return form;
        }
        form.councilService = agreement.councilService();
        form.powers = agreement.powers();
        form.deliveringRole = agreement.deliveringRole();
        form.duties = agreement.duties();
        form.referral = agreement.referral();
        form.trainingRequired = agreement.trainingRequired();
        return form;
    }

    void check(Errors errors) {
        if (AgreementFormSupport.blank(councilService)) {
            errors.rejectValue("councilService", "required", "Enter the council service delivered, for example"
                    + " responsible dog ownership");
        }
    }

    ServiceAgreementDetails details() {
        return new ServiceAgreementDetails(councilService, powers, deliveringRole, duties, referral,
                trainingRequired);
    }

    public String getCouncilService() { return councilService; }
    public void setCouncilService(String value) { this.councilService = value; }
    public String getPowers() { return powers; }
    public void setPowers(String value) { this.powers = value; }
    public String getDeliveringRole() { return deliveringRole; }
    public void setDeliveringRole(String value) { this.deliveringRole = value; }
    public String getDuties() { return duties; }
    public void setDuties(String value) { this.duties = value; }
    public String getReferral() { return referral; }
    public void setReferral(String value) { this.referral = value; }
    public String getTrainingRequired() { return trainingRequired; }
    public void setTrainingRequired(String value) { this.trainingRequired = value; }
}
