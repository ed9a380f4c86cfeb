package uk.saferhub.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The one rule for a {@link DateInput}: a real date with a four-digit year between 1900 and 2100, or nothing at all
 * when the date is optional. Its messages follow the GOV.UK date input pattern ("The due date must include a month",
 * "The due date must be a real date") and sit in {@code messages.properties} under {@code date.*}; {@link #name()} is
 * the message key of what the date is, as it reads inside a sentence ("the due date").
 *
 * <p>The error is reported against the box at fault ({@code due.month}), so the error summary links to it and the
 * fragment marks it; a date that is not real marks all three.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateEnteredValidator.class)
public @interface DateEntered {

    /** The message key naming the date inside a sentence, for example {@code action.due.name} = "the due date". */
    String name();

    /** Whether a date must be given; an optional date may be left empty, but not half filled in. */
    boolean required() default true;

    String message() default "{date.notReal}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
