package uk.saferhub.documents.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Checks every field of a documents form even when one of its values could not be taken (a word where a choice or a
 * number goes): Spring then skips the form's validation, so a person would see one error, correct it, and only then
 * be told of the next. The fields already in error keep their one message.
 *
 * <p>Not in the form kit yet: it belongs in {@code FormPost}, for every module's forms (workforce has its own copy,
 * {@code WholeForm}, for the same reason).
 */
@Component
class WholeFormCheck {

    private final LocalValidatorFactoryBean validator;

    WholeFormCheck(LocalValidatorFactoryBean validator) {
        this.validator = validator;
    }

    /** Adds the validation errors Spring skipped because a value could not be bound; otherwise does nothing. */
    void validate(Object form, BindingResult errors) {
        if (errors.getFieldErrors().stream().noneMatch(FieldError::isBindingFailure)) {
            return;
        }
        BindingResult rest = new BeanPropertyBindingResult(form, errors.getObjectName());
        validator.validate(form, rest);
        rest.getFieldErrors().stream().filter(error -> !errors.hasFieldErrors(error.getField()))
                .forEach(errors::addError);
        rest.getGlobalErrors().forEach(errors::addError);
    }
}
