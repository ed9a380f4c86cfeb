package uk.saferhub.shared.web;

import java.beans.PropertyEditorSupport;
import java.util.Arrays;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import uk.saferhub.shared.web.SubmittedText.UnstorableText;

/**
 * How every form field and request parameter is bound, for every module: text is {@link SubmittedText screened}, and
 * a value that cannot be taken (a control character, an unknown role, a letter in a number) becomes an error on its
 * field with a plain message naming it, shown in the GOV.UK error summary, never the converter's own words.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TextBinding {

    private static final PlainBindingErrors ERRORS = new PlainBindingErrors();

    @InitBinder
    void screenTextAndExplainMismatches(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new ScreenedTextEditor());
        binder.setBindingErrorProcessor(ERRORS);
    }

    /** Text as {@link SubmittedText#screened} leaves it; a refusal surfaces as a type mismatch on the field. */
    private static final class ScreenedTextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(SubmittedText.screened(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** Binding errors in plain words, with the rejected value shown back without what was refused. */
    static final class PlainBindingErrors extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException exception, BindingResult bindingResult) {
            String field = exception.getPropertyName();
            if (field == null) {
                super.processPropertyAccessException(exception, bindingResult);
                return;
            }
            Object rejected = exception.getValue();
            if (ObjectUtils.isArray(rejected)) {
                rejected = StringUtils.arrayToCommaDelimitedString(ObjectUtils.toObjectArray(rejected));
            }
            if (rejected instanceof String text) {
                rejected = SubmittedText.withoutRefused(text);
            }
            String key = InputProblems.formKey(expectedType(exception), causedBy(exception, UnstorableText.class));
            String[] specific = bindingResult.resolveMessageCodes(exception.getErrorCode(), field);
            String[] codes = Arrays.copyOf(specific, specific.length + 1);
            codes[specific.length] = key;
            FieldError error = new FieldError(bindingResult.getObjectName(), field, rejected, true, codes,
                    InputProblems.formArguments(field), null);
            error.wrap(exception);
            bindingResult.addError(error);
        }
    }

    /** The type a value had to become: the element type of a list or set, the component type of an array. */
    static Class<?> expectedType(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConversionFailedException failed && failed.getTargetType() != null) {
                TypeDescriptor target = failed.getTargetType();
                while (target != null && (target.isCollection() || target.isArray())) {
                    target = target.getElementTypeDescriptor();
                }
                if (target != null) {
                    return target.getType();
                }
            }
        }
        if (exception instanceof TypeMismatchException mismatch && mismatch.getRequiredType() != null) {
            Class<?> type = mismatch.getRequiredType();
            return type.isArray() ? type.getComponentType() : type;
        }
        return null;
    }

    static boolean causedBy(Throwable exception, Class<? extends Throwable> kind) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
