package uk.saferhub.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What an error says, by its HTTP status, from the messages ({@code error.404.heading}, {@code error.404.message});
 * a status without words of its own says the 500's words if a server error, else its reason and "go back".
 */
@Component
class ErrorText {

    private final MessageSource messages;

    ErrorText(MessageSource messages) {
        this.messages = messages;
    }

    /** The page for a form sent after its session ended: what happened, and what was typed, to copy back. */
    ModelAndView unsent(UnsentForm unsent) {
        var page = new ModelAndView("error/unsent", HttpStatus.BAD_REQUEST);
        page.addObject("unsent", unsent);
        return page;
    }

    /** The error page for the status. */
    ModelAndView page(HttpStatus status) {
        var page = new ModelAndView("error/error", status);
        page.addObject("status", status.value());
        page.addObject("heading", heading(status));
        page.addObject("message", message(status));
        return page;
    }

    String heading(HttpStatus status) {
        return text(status, "heading", status.getReasonPhrase());
    }

    String message(HttpStatus status) {
        return text(status, "message", messages.getMessage("error.other.message", null,
                LocaleContextHolder.getLocale()));
    }

    private String text(HttpStatus status, String part, String otherwise) {
        String own = messages.getMessage("error." + status.value() + "." + part, null, null,
                LocaleContextHolder.getLocale());
        if (own != null) {
            return own;
        }
        return status.is5xxServerError()
                ? messages.getMessage("error.500." + part, null, LocaleContextHolder.getLocale()) : otherwise;
    }
}
