package uk.saferhub.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A single line of plain text: no markup ({@code <} or {@code >}) and no control characters. Names, titles and the
 * like never need them, so text carrying script is refused with a clear message instead of being stored. (Everything
 * is escaped on output anyway; this keeps such text out of exports and other systems too.)
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "Remove the < and > characters: this field takes plain text only";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
