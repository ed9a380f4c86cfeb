package uk.saferhub.documents.web;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import uk.saferhub.shared.ChangeRefused;

/**
 * How the documents API answers bad input: RFC 9457 problem details (400) that name the field at fault in
 * {@code field} and {@code errors}, for a refused step and for JSON that cannot be read. Nothing is changed; no
 * internals are shown. The controllers extend it so these handlers apply to them alone.
 */
abstract class DocumentApiProblems {

    @ExceptionHandler(ChangeRefused.class)
    ProblemDetail refused(ChangeRefused refused) {
        return problem(refused.field(), refused.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException exception) {
        JacksonException jackson = jacksonCause(exception);
        if (jackson == null) {
            return problem(null, "The request needs a JSON body.");
        }
        String field = path(jackson);
        if (field.isEmpty() || !(jackson instanceof MismatchedInputException mismatch)) {
            var at = jackson.getLocation();
            return problem(null, "The request body is not valid JSON" + (at == null || at.getLineNr() < 1 ? "."
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")."));
        }
        Class<?> type = mismatch.getTargetType();
        String expected = type == null ? "" : type.isEnum() ? ": use one of " + Arrays.stream(type.getEnumConstants())
                .map(Object::toString).collect(Collectors.joining(", "))
                : type == java.time.LocalDate.class ? ": use a date as yyyy-mm-dd"
                : type == java.util.UUID.class ? ": use an id (a UUID)"
                : "";
        String shown = jackson instanceof InvalidFormatException invalid && invalid.getValue() != null
                ? " (\"" + abbreviated(String.valueOf(invalid.getValue())) + "\")" : "";
        return problem(field, "The value of " + field + shown + " is not valid" + expected + ".");
    }

    private static ProblemDetail problem(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("Invalid request");
        if (field != null) {
            problem.setProperty("field", field);
            problem.setProperty("errors", Map.of(field, message));
        }
        return problem;
    }

    private static JacksonException jacksonCause(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** "recipients[0].organisationId", from the path Jackson kept. */
    private static String path(JacksonException jackson) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String abbreviated(String value) {
        String plain = value.replaceAll("[^\\p{Alnum} .:/_-]", "?");
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }
}
