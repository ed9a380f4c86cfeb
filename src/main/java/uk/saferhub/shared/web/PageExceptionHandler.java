package uk.saferhub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import uk.saferhub.shared.access.RecordNotFoundException;

/** Pages: a missing or hidden record is a 404 page; anything unexpected is logged and shown as the 500 page. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final ErrorText text;
    private final MessageSource messages;

    PageExceptionHandler(ErrorText text, MessageSource messages) {
        this.text = text;
        this.messages = messages;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound() {
        return text.page(HttpStatus.NOT_FOUND);
    }

    /** Refused or signed out: Spring Security answers (the sign-in page or 403), not this handler. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void accessDenied(RuntimeException exception) {
        throw exception;
    }

    /** No handler at all: a 404 page, or 404 problem details under /api (no API controller is involved). */
    @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
    Object noResource(HttpServletRequest request) {
        if (ProblemResponses.isApi(request)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemResponses.problem(HttpStatus.NOT_FOUND,
                            messages.getMessage("error.api.404.title", null, LocaleContextHolder.getLocale()),
                            messages.getMessage("error.api.404.endpoint", null, LocaleContextHolder.getLocale()),
                            request.getRequestURI()));
        }
        return notFound();
    }

    /** A malformed id in the address names no record (404); a malformed query parameter is a bad request (400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException exception) {
        if (exception.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound();
        }
        return text.page(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception exception) throws Exception {
        if (exception instanceof org.springframework.web.ErrorResponse) {
            throw exception; // a 4xx Spring already knows how to answer
        }
        if (ClientDisconnects.left(exception)) {
            throw exception; // nobody to answer: ClientDisconnects notes it at debug level
        }
        log.error("Unexpected error on a page", exception);
        return text.page(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
