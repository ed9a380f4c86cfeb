package uk.saferhub.workforce.internal;

import java.time.LocalDate;

/** A personal development entry as written; who wrote it is the actor. */
public record NewDevelopmentEntry(LocalDate entryDate, DevelopmentKind kind, String note) {
}
