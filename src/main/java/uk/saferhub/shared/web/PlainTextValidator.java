package uk.saferhub.shared.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private boolean lineBreaks;

    @Override
    public void initialize(PlainText annotation) {
        lineBreaks = annotation.lineBreaks();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.chars().noneMatch(c -> c == '<' || c == '>'
                || Character.isISOControl(c) && !(lineBreaks && (c == '\n' || c == '\r')));
    }
}
