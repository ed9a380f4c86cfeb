package uk.saferhub.shared.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PlainText}. Markup gets the annotation's message; a line break in a one-line field, or a control
 * character that reached a field some other way than a form or JSON (which refuse them first), says so instead.
 */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private boolean lineBreaks;

    @Override
    public void initialize(PlainText annotation) {
        lineBreaks = annotation.lineBreaks();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && !(lineBreaks && (c == '\n' || c == '\r')))) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(value.chars().anyMatch(c -> c == '\n' || c == '\r')
                    ? "{plainText.lineBreaks}" : "{plainText.control}").addConstraintViolation();
            return false;
        }
        return true;
    }
}
