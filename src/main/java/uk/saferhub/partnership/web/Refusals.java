package uk.saferhub.partnership.web;

import org.springframework.validation.Errors;

import uk.saferhub.partnership.PartnershipChangeRefused;

/** Shows a change the partnership module refused as an error on the form, beside the field it names. */
final class Refusals {

    private Refusals() {
    }

    static void reject(Errors errors, PartnershipChangeRefused refused) {
        if (refused.field() == null) {
            errors.reject("refused", refused.getMessage());
        } else {
            errors.rejectValue(refused.field(), "refused", refused.getMessage());
        }
    }
}
