package uk.saferhub.documents.web;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Checks every field of a documents form, and the form's own rules, even when one of its values could not be taken
 * (a word where a choice goes, a control character in a text): Spring then skips the form's validation, and its
 * binding result holds no form, so a rule rejecting a field would fail. Here the form is checked on a result of its
 * own and the errors are copied over; the fields already in error keep their one message.
 *
 * <p>Not in the form kit yet: it belongs in {@code FormPost}, for every module's forms (workforce has a copy,
 * {@code WholeForm}, for the first half of the reason).
 */
@Component
class WholeFormCheck {

    private final LocalValidatorFactoryBean validator;

    WholeFormCheck(LocalValidatorFactoryBean validator) {
        this.validator = validator;
    }

    /** The form's validation, if Spring skipped it, and then its own rules, each putting its errors on the form. */
    void check(Object form, BindingResult errors, Consumer<Errors> rules) {
        if (errors.getFieldErrors().stream().noneMatch(FieldError::isBindingFailure)) {
            rules.accept(errors);
            return;
        }
        BindingResult rest = new BeanPropertyBindingResult(form, errors.getObjectName());
        validator.validate(form, rest);
        rules.accept(rest);
        rest.getFieldErrors().stream().filter(error -> !errors.hasFieldErrors(error.getField()))
                .forEach(errors::addError);
        rest.getGlobalErrors().forEach(errors::addError);
    }

    /** The form's validation, if Spring skipped it. */
    void check(Object form, BindingResult errors) {
        check(form, errors, rules -> { });
    }
}
