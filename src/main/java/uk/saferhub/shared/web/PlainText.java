package uk.saferhub.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Plain text: any printable text, including {@code <} and {@code >} ("<5 incidents a week"), but no control
 * characters, so a single line unless {@link #lineBreaks()}. Text is never taken as markup: every page, export and
 * feed escapes it on output.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{plainText.control}";

    /** Whether line breaks are allowed, for a text area (a note of several paragraphs). */
    boolean lineBreaks() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
