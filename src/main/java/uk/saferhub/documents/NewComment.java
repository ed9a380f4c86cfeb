package uk.saferhub.documents;

import java.time.LocalDate;

/** A consultee's comment to record against a section ("3.2", "Annex A") or, with no section, the whole draft. */
public record NewComment(String sectionRef, Recipient commenter, String text, LocalDate receivedOn) {
}
