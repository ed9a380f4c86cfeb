package uk.saferhub.meetings.web;

import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Makes the errors of a posted form record complete and usable, where the form kit leaves two gaps.
 *
 * <p>When one value cannot be taken (a word where a number or a choice goes), Spring still builds the record but
 * skips its validation, so a person would see one error, correct it, and only then be told of the next; and the
 * binding result it hands over then has no form behind it, so a form's own checks cannot reject a field
 * ({@code rejectValue} reads the field's value and fails). {@link #of} answers a binding result for the form itself,
 * holding every error, and puts it in the model in place of Spring's.
 *
 * <p>Not in the form kit yet (workforce has the first half as its WholeForm): it belongs in {@code FormPost}, for every
 * module's forms.
 */
@Component
class FullValidation {

    private final LocalValidatorFactoryBean validator;

    FullValidation(LocalValidatorFactoryBean validator) {
        this.validator = validator;
    }

    /** The errors of {@code form}, complete, in a binding result a form's checks can add to. */
    BindingResult of(Object form, BindingResult errors, Model model) {
        if (errors.getTarget() != null && errors.getFieldErrors().stream().noneMatch(FieldError::isBindingFailure)) {
            return errors;
        }
        return of(form, errors, model, field -> true);
    }

    /**
     * As {@link #of(Object, BindingResult, Model)}, keeping only the errors of the fields the form {@code reads}: a
     * form whose choice decides which of its fields count (the kind of a cadence) is not refused for the others.
     */
    BindingResult of(Object form, BindingResult errors, Model model, Predicate<String> reads) {
        BindingResult complete = new BeanPropertyBindingResult(form, errors.getObjectName());
        errors.getGlobalErrors().forEach(complete::addError);
        errors.getFieldErrors().stream().filter(error -> reads.test(error.getField())).forEach(complete::addError);
        BindingResult validated = new BeanPropertyBindingResult(form, errors.getObjectName());
        validator.validate(form, validated);
        validated.getFieldErrors().stream()
                .filter(error -> reads.test(error.getField()) && !complete.hasFieldErrors(error.getField()))
                .forEach(complete::addError);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), complete);
        return complete;
    }
}
