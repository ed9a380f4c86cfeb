package uk.saferhub.shared.web;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error ends here: a friendly page for people, problem details for the API, and never a stack trace. What went
 * wrong internally is logged, not shown.
 */
@Controller
class ErrorPageController implements ErrorController {

    private static final Map<Integer, String[]> MESSAGES = Map.of(
            400, new String[] {"There is a problem with the request",
                "The page could not handle what was sent. Go back, check what you entered and try again."},
            401, new String[] {"You need to sign in", "Sign in to SaferHub to see this page."},
            403, new String[] {"You do not have permission to see this page",
                "Your role does not allow this. Ask your organisation's SaferHub administrator if you need it."},
            404, new String[] {"Page not found",
                "If you typed the web address, check it is correct. If you pasted it, check you copied all of it."},
            405, new String[] {"That action is not available here",
                "The page does not accept that kind of request. Go back and use the page's own buttons and links."},
            413, new String[] {"What you sent is too large",
                "The request or file was larger than SaferHub accepts. Send a smaller file or less text."},
            500, new String[] {"Sorry, there is a problem with SaferHub",
                "Try again later. If it keeps happening, tell your SaferHub administrator the time it happened."});

    @PermitAll
    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = status(request);
        String[] text = textFor(status);
        var page = new ModelAndView("error/error", status);
        page.addObject("status", status.value());
        page.addObject("heading", text[0]);
        page.addObject("message", text[1]);
        return page;
    }

    @PermitAll
    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        String[] text = textFor(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(status, text[0], text[1], uri == null ? null : uri.toString()));
    }

    private static String[] textFor(HttpStatus status) {
        String[] text = MESSAGES.get(status.value());
        if (text != null) {
            return text;
        }
        return status.is5xxServerError() ? MESSAGES.get(500) : new String[] {status.getReasonPhrase(),
            "Go back and try again."};
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
