package uk.saferhub.shared.web;

import java.util.Locale;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Checks a {@link DateInput} by {@link DateEntered}'s rule. Built by Spring, so it reads what the date is called
 * from the application's messages and hands it to the message as {@code {name}} and {@code {Name}}.
 */
class DateEnteredValidator implements ConstraintValidator<DateEntered, DateInput> {

    private final MessageSource messages;
    private String nameKey;
    private boolean required;

    DateEnteredValidator(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void initialize(DateEntered constraint) {
        this.nameKey = constraint.name();
        this.required = constraint.required();
    }

    @Override
    public boolean isValid(DateInput value, ConstraintValidatorContext context) {
        DateInput input = value == null ? DateInput.empty() : value;
        DateInput.Problem problem = input.problem();
        if (problem == DateInput.Problem.NONE || problem == DateInput.Problem.BLANK && !required) {
            return true;
        }
        Locale locale = LocaleContextHolder.getLocale();
        String name = messages.getMessage(nameKey, null, nameKey, locale);
        var hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.addMessageParameter("name", name);
        hibernate.addMessageParameter("Name", name.isEmpty() ? name
                : name.substring(0, 1).toUpperCase(locale) + name.substring(1));
        hibernate.addMessageParameter("earliest", DateInput.EARLIEST_YEAR);
        hibernate.addMessageParameter("latest", DateInput.LATEST_YEAR);
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + problem.messageKey + "}")
                .addPropertyNode(problem.box)
                .addConstraintViolation();
        return false;
    }
}
