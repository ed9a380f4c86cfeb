package uk.saferhub.workforce.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

import uk.saferhub.shared.ChangeRefused;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormErrors;

/** Reading what a workforce form posted (dates in three fields, numbers, ids) and showing a refusal at its field. */
final class FormValues {

    private FormValues() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }

    /** A date from day, month and year fields, or null when any is empty or they make no real date. */
    static LocalDate date(String day, String month, String year) {
        if (blank(day) || blank(month) || blank(year)) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 2200) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    static boolean anyOf(String... parts) {
        for (String part : parts) {
            if (!blank(part)) {
                return true;
            }
        }
        return false;
    }

    static boolean isUuid(String text) {
        return text != null && text.strip().matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                + "[0-9a-fA-F]{12}");
    }

    static UUID uuidOrNull(String text) {
        return isUuid(text) ? UUID.fromString(text.strip()) : null;
    }

    /** An amount or a percentage as typed ("£1,200.50", "30%"), or null when it is not a number. */
    static BigDecimal number(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace("£", "").replace(",", "").replace("%", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number, or null when it is not one. */
    static Integer whole(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An id from a path, or 404 when it is not one. */
    static UUID pathId(String text, String kind) {
        if (!isUuid(text)) {
            throw new RecordNotFoundException(kind, text);
        }
        return UUID.fromString(text.strip());
    }

    /**
     * Shows a refusal beside its field; a date the service names {@code from} is the form's {@code fromDay} (the
     * date input of three fields reports its errors on the day).
     */
    static void reject(BindingResult errors, ChangeRefused refused) {
        String field = refused.field();
        if (field != null && errors.getTarget() != null) {
            var bean = new BeanWrapperImpl(errors.getTarget());
            if (!bean.isReadableProperty(field) && bean.isReadableProperty(field + "Day")) {
                errors.rejectValue(field + "Day", "refused", refused.getMessage());
                return;
            }
            if (!bean.isReadableProperty(field)) {
                errors.reject("refused", refused.getMessage());
                return;
            }
        }
        FormErrors.reject(errors, refused);
    }
}
