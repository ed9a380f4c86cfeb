package uk.saferhub.shared.web;

import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The errors of a posted form record, complete and ready for the form's own rules. Form handlers reach it through
 * {@link FormPost#check}.
 *
 * <p>It closes two gaps Spring leaves when one value cannot be taken (a word where a number, a date or a choice
 * goes): Spring still builds the record but skips its Bean Validation, so a person would see one error, correct it,
 * and only then be told of the next; and the binding result it hands over has no form behind it, so a rule that
 * rejects a field fails. Here the form is validated on a result of its own, which keeps Spring's errors (a field
 * already in error keeps its one message) and replaces Spring's in the model, so the page shows every error.
 */
@Component
class WholeForm {

    private final LocalValidatorFactoryBean validator;

    WholeForm(LocalValidatorFactoryBean validator) {
        this.validator = validator;
    }

    /** The form's errors, complete. */
    BindingResult check(Object form, BindingResult errors, Model model) {
        return check(form, errors, model, rules -> { });
    }

    /** The form's errors, complete, and then its own {@code rules} (checks across fields, or against records). */
    BindingResult check(Object form, BindingResult errors, Model model, Consumer<Errors> rules) {
        BindingResult complete = errors.getTarget() != null && !failedToBind(errors)
                ? errors : complete(form, errors, model, field -> true);
        rules.accept(complete);
        return complete;
    }

    /**
     * As {@link #check(Object, BindingResult, Model)}, keeping only the errors of the fields the form {@code reads}: a
     * form whose choice decides which of its fields count (the kind of a meeting cadence) is not refused for the
     * others.
     */
    BindingResult checkOnly(Object form, BindingResult errors, Model model, Predicate<String> reads) {
        return complete(form, errors, model, reads);
    }

    private static boolean failedToBind(BindingResult errors) {
        return errors.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure);
    }

    private BindingResult complete(Object form, BindingResult errors, Model model, Predicate<String> reads) {
        boolean validatedBySpring = errors.getTarget() != null && !failedToBind(errors);
        BindingResult complete = new BeanPropertyBindingResult(form, errors.getObjectName());
        errors.getGlobalErrors().forEach(complete::addError);
        errors.getFieldErrors().stream().filter(error -> reads.test(error.getField())).forEach(complete::addError);
        BindingResult validated = new BeanPropertyBindingResult(form, errors.getObjectName());
        validator.validate(form, validated);
        if (!validatedBySpring) {
            validated.getGlobalErrors().forEach(complete::addError);
        }
        validated.getFieldErrors().stream()
                .filter(error -> reads.test(error.getField()) && !complete.hasFieldErrors(error.getField()))
                .forEach(complete::addError);
        // Spring's model may hold no form when a value failed to bind; the form goes in before its errors, which the
        // model drops when their form is replaced.
        model.addAttribute(errors.getObjectName(), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), complete);
        return complete;
    }
}
