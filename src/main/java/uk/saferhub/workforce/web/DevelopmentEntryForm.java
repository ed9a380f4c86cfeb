package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.util.Arrays;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.shared.web.PlainText;
import uk.saferhub.workforce.DevelopmentKind;
import uk.saferhub.workforce.NewDevelopmentEntry;

/** A personal development entry as entered: date, kind and note. */
public class DevelopmentEntryForm {

    private String entryDateDay;
    private String entryDateMonth;
    private String entryDateYear;
    private String kind;
    @NotBlank(message = "Enter the note")
    @Size(max = 4000, message = "The note must be 4000 characters or fewer")
    @PlainText(lineBreaks = true)
    private String note;

    static DevelopmentEntryForm on(LocalDate day) {
        var form = new DevelopmentEntryForm();
        form.entryDateDay = String.valueOf(day.getDayOfMonth());
        form.entryDateMonth = String.valueOf(day.getMonthValue());
        form.entryDateYear = String.valueOf(day.getYear());
        return form;
    }

    /** The entry, or null with the reasons in {@code errors}. */
    NewDevelopmentEntry entry(Errors errors) {
        LocalDate date = TrainingDates.read(entryDateDay, entryDateMonth, entryDateYear);
        if (date == null) {
            errors.rejectValue("entryDateDay", "date", "Enter the date of the entry as a real date, like 14 4 2026");
        }
        DevelopmentKind chosen = Arrays.stream(DevelopmentKind.values()).filter(k -> k.name().equals(kind))
                .findFirst().orElse(null);
        if (chosen == null) {
            errors.rejectValue("kind", "required", "Choose what kind of entry it is");
        }
        return errors.hasErrors() ? null : new NewDevelopmentEntry(date, chosen, note);
    }

    public String getEntryDateDay() { return entryDateDay; }
    public void setEntryDateDay(String value) { this.entryDateDay = value; }
    public String getEntryDateMonth() { return entryDateMonth; }
    public void setEntryDateMonth(String value) { this.entryDateMonth = value; }
    public String getEntryDateYear() { return entryDateYear; }
    public void setEntryDateYear(String value) { this.entryDateYear = value; }
    public String getKind() { return kind; }
    public void setKind(String value) { this.kind = value; }
    public String getNote() { return note; }
    public void setNote(String value) { this.note = value; }
}
