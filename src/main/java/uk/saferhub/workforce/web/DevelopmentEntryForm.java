package uk.saferhub.workforce.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.PlainText;
import uk.saferhub.workforce.internal.DevelopmentKind;
import uk.saferhub.workforce.internal.NewDevelopmentEntry;

/** A personal development entry as entered: date, kind and note. */
record DevelopmentEntryForm(
        @DateEntered(name = "workforce.development.entryDate.name") DateInput entryDate,
        @NotNull(message = "{workforce.development.kind.required}") DevelopmentKind kind,
        @NotBlank(message = "{workforce.development.note.required}")
        @Size(max = 4000, message = "{workforce.development.note.tooLong}") @PlainText(lineBreaks = true) String note) {

    DevelopmentEntryForm {
        entryDate = DateInput.orEmpty(entryDate);
    }

    static DevelopmentEntryForm on(LocalDate day) {
        return new DevelopmentEntryForm(DateInput.of(day), null, null);
    }

    NewDevelopmentEntry entry() {
        return new NewDevelopmentEntry(entryDate.date(), kind, note);
    }
}
