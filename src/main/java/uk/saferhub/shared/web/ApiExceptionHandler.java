package uk.saferhub.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import uk.saferhub.shared.ChangeRefused;
import uk.saferhub.shared.access.RecordNotFoundException;

/** Turns whatever an API handler throws into RFC 9457 problem details, without internals. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final PageWords words;

    ApiExceptionHandler(PageWords words) {
        this.words = words;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException exception) {
        return titled(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such record."), "Not found");
    }

    /** A refused change names its field, so a client can show the message beside it. */
    @ExceptionHandler(ChangeRefused.class)
    ProblemDetail refused(ChangeRefused refused) {
        return invalid(refused.field(), words.refusal(refused));
    }

    /**
     * SaferHub's own refusals speak to the caller; an IllegalArgumentException from a library (UUID.fromString,
     * Enum.valueOf) would show its internals, so it gets a plain message instead.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail refused(IllegalArgumentException exception) {
        if (!RefusalMessage.isOurs(exception)) {
            log.warn("A library refused an API request's input", exception);
        }
        return titled(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, RefusalMessage.of(exception)),
                "Invalid request");
    }

    /** A state SaferHub refuses to change is a conflict; a library's IllegalStateException is a fault like any other. */
    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException exception) {
        if (!RefusalMessage.isOurs(exception)) {
            return internalError(exception);
        }
        return titled(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage()),
                "Not possible now");
    }

    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException exception) {
        throw exception; // the security chain answers 403 and audits it
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) throws Exception {
        if (ClientDisconnects.left(exception)) {
            throw exception; // nobody to answer: ClientDisconnects notes it at debug level
        }
        return internalError(exception);
    }

    private ProblemDetail internalError(Exception exception) {
        log.error("Unexpected error in an API call", exception);
        return titled(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong in SaferHub. Nothing was changed."), "Internal error");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        exception.getBindingResult().getFieldErrors()
                .forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
        ProblemDetail problem = titled(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are not valid."), "Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A body that is not JSON, or a field whose value cannot be taken: 400 naming the field, in plain words. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JacksonException jackson = causeOf(exception, JacksonException.class);
        if (jackson == null) {
            return ResponseEntity.badRequest().body(invalid(null, "The request needs a JSON body."));
        }
        String field = path(jackson);
        if (field.isEmpty() || !(jackson instanceof MismatchedInputException mismatch)) {
            var at = jackson.getLocation();
            return ResponseEntity.badRequest().body(invalid(null, "The request body is not valid JSON"
                    + (at == null || at.getLineNr() < 1 ? "."
                            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ").")));
        }
        return ResponseEntity.badRequest().body(invalid(field, InputProblems.forApi(field, mismatch.getTargetType(),
                mismatch instanceof JsonInput.UnstorableJsonText)));
    }

    /** A query or path parameter that cannot be taken as its type: 400 naming the parameter. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = exception instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : String.valueOf(exception.getPropertyName());
        return ResponseEntity.badRequest().body(invalid(name, InputProblems.forApi(name,
                TextBinding.expectedType(exception), TextBinding.causedBy(exception,
                        SubmittedText.UnstorableText.class))));
    }

    private static ProblemDetail invalid(String field, String message) {
        ProblemDetail problem = titled(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message),
                "Invalid request");
        if (field != null) {
            problem.setProperty("field", field);
            problem.setProperty("errors", Map.of(field, message));
        }
        return problem;
    }

    private static <T extends Throwable> T causeOf(Throwable exception, Class<T> kind) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return kind.cast(cause);
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

    private static ProblemDetail titled(ProblemDetail problem, String title) {
        problem.setTitle(title);
        return problem;
    }
}
