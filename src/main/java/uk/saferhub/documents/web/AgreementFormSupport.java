package uk.saferhub.documents.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

import uk.saferhub.shared.ChangeRefused;

/**
 * What the service-agreement forms share: GOV.UK date inputs read as three fields, ids read from selects, and a
 * service's refusal shown beside the form field it names (a date's day field, or the summary alone when the form has
 * no such field).
 */
final class AgreementFormSupport {

    private AgreementFormSupport() {
    }

    /** The day the three fields make, or null when any is empty or they make no real date. */
    static LocalDate date(String day, String month, String year) {
        if (blank(day) || blank(month) || blank(year)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException notADate) {
            return null;
        }
    }

    /** Whether any of a date's three fields was filled in. */
    static boolean anyOf(String day, String month, String year) {
        return !blank(day) || !blank(month) || !blank(year);
    }

    /** The id chosen in a select, or null when nothing (or something that is not an id) was posted. */
    static UUID id(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Shows the refusal beside its field ("startsOn" is the date's "startsOnDay"), or in the summary alone. */
    static void reject(BindingResult errors, ChangeRefused refused) {
        BeanWrapper form = PropertyAccessorFactory.forBeanPropertyAccess(errors.getTarget());
        String field = refused.field();
        if (field != null && !form.isReadableProperty(field) && form.isReadableProperty(field + "Day")) {
            field = field + "Day";
        }
        if (field != null && form.isReadableProperty(field)) {
            errors.rejectValue(field, "refused", refused.getMessage());
        } else {
            errors.reject("refused", refused.getMessage());
        }
    }
}
