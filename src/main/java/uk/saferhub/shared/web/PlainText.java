package uk.saferhub.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Plain text: no markup ({@code <} or {@code >}) and no control characters, so a single line unless
 * {@link #lineBreaks()}. Names, titles and notes never need them, so text carrying script is refused with a clear
 * message instead of being stored. (Everything is escaped on output anyway; this keeps such text out of exports and
 * other systems too.)
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{plainText.markup}";

    /** Whether line breaks are allowed, for a text area (a note of several paragraphs). */
    boolean lineBreaks() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
