package uk.saferhub.documents.web;

import org.springframework.validation.Errors;

import uk.saferhub.documents.internal.DocumentMarkup;
import uk.saferhub.documents.internal.MarkupProblem;

/**
 * Puts what is wrong with a draft's content on the form: every problem {@link DocumentMarkup} finds, each with its
 * line, so that the error summary lists them all and each links to the content field.
 */
final class DraftContent {

    private DraftContent() {
    }

    /** Adds one error on the "content" field for each markup problem. */
    static void check(Errors errors, String content) {
        String text = content == null ? null : content.replace("\r\n", "\n");
        for (MarkupProblem problem : DocumentMarkup.parse(text).problems()) {
            errors.rejectValue("content", "markup", message(problem));
        }
    }

    /** The problem as the error summary shows it, starting with its line when it does not say so already. */
    static String message(MarkupProblem problem) {
        String message = problem.message();
        if (message.startsWith("Line ") || message.startsWith("The content")) {
            return message;
        }
        return "Line " + problem.line() + ": " + message;
    }
}
