package uk.saferhub.documents.web;

import org.springframework.validation.Errors;

import uk.saferhub.documents.internal.DocumentMarkup;
import uk.saferhub.documents.internal.MarkupProblem;
import uk.saferhub.shared.web.FormErrors;

/**
 * Puts what is wrong with a draft's content on the form: every problem {@link DocumentMarkup} finds, each with its
 * line, so that the error summary lists them all and each links to the content field. The words are the problems'
 * messages ({@code documents.markup.*}).
 */
final class DraftContent {

    private DraftContent() {
    }

    /**
     * Adds one error on the "content" field for each markup problem, starting with its line (the message
     * {@code documents.markup.onLine}) when the problem does not say where it is already.
     */
    static void check(Errors errors, String content) {
        String text = content == null ? null : content.replace("\r\n", "\n");
        for (MarkupProblem problem : DocumentMarkup.parse(text).problems()) {
            if (problem.placed()) {
                FormErrors.reject(errors, "content", problem.key(), problem.getArguments());
            } else {
                FormErrors.reject(errors, "content", "documents.markup.onLine", String.valueOf(problem.line()),
                        problem);
            }
        }
    }
}
