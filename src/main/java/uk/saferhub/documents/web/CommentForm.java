package uk.saferhub.documents.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.saferhub.documents.NewComment;
import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.PlainText;

/** A consultee's comment as posted: who made it, on which section (empty: the whole draft), what and when received. */
record CommentForm(
        @NotNull(message = "{documents.comment.commenter.required}") RecipientKey commenter,
        @Size(max = 60, message = "{documents.comment.sectionRef.invalid}") String sectionRef,
        @NotBlank(message = "{documents.comment.text.required}") @PlainText(lineBreaks = true) String text,
        @DateEntered(name = "documents.comment.received.name") DateInput received) {

    CommentForm {
        received = DateInput.orEmpty(received);
    }

    /** Received today; the commenter chosen already when the actor may record a comment for one consultee only. */
    static CommentForm receivedOn(LocalDate today, RecipientKey onlyCommenter) {
        return new CommentForm(onlyCommenter, null, null, DateInput.of(today));
    }

    NewComment details() {
        return new NewComment(sectionRef == null || sectionRef.isBlank() ? null : sectionRef.strip(),
                commenter.recipient(), text, received.date());
    }
}
