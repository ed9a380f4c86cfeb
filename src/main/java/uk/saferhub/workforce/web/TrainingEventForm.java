package uk.saferhub.workforce.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.shared.ChangeRefused;
import uk.saferhub.shared.web.PlainText;
import uk.saferhub.workforce.TrainingEvent;
import uk.saferhub.workforce.TrainingEventDetails;

/** A training event as entered on its form; the date in three fields. */
public class TrainingEventForm {

    @NotBlank(message = "Enter the title of the event")
    @Size(max = 200, message = "The title must be 200 characters or fewer")
    @PlainText
    private String title;
    @NotBlank(message = "Enter the topic, for example Responsible dog ownership service agreement")
    @Size(max = 200, message = "The topic must be 200 characters or fewer")
    @PlainText
    private String topic;
    private String heldOnDay;
    private String heldOnMonth;
    private String heldOnYear;
    @Size(max = 200, message = "The venue must be 200 characters or fewer")
    @PlainText
    private String venue;
    @Size(max = 200, message = "The provider must be 200 characters or fewer")
    @PlainText
    private String provider;
    @Size(max = 1000, message = "The invited guests must be 1000 characters or fewer")
    @PlainText
    private String invitedGuests;

    static TrainingEventForm of(TrainingEvent event) {
        var form = new TrainingEventForm();
        form.title = event.title();
        form.topic = event.topic();
        form.heldOnDay = String.valueOf(event.heldOn().getDayOfMonth());
        form.heldOnMonth = String.valueOf(event.heldOn().getMonthValue());
        form.heldOnYear = String.valueOf(event.heldOn().getYear());
        form.venue = event.venue();
        form.provider = event.provider();
        form.invitedGuests = event.invitedGuests();
        return form;
    }

    /** The details entered, or null with the date's error in {@code errors}. */
    TrainingEventDetails details(Errors errors) {
        LocalDate heldOn = TrainingDates.read(heldOnDay, heldOnMonth, heldOnYear);
        if (heldOn == null) {
            errors.rejectValue("heldOnDay", "date", TrainingDates.blank(heldOnDay) && TrainingDates.blank(heldOnMonth)
                    && TrainingDates.blank(heldOnYear) ? "Enter the date of the event"
                    : "Enter the date of the event as a real date, like 14 4 2026");
            return null;
        }
        return new TrainingEventDetails(title, topic, heldOn, venue, provider, invitedGuests);
    }

    static void reject(Errors errors, ChangeRefused refused) {
        String field = "heldOn".equals(refused.field()) ? "heldOnDay" : refused.field();
        if (field == null) {
            errors.reject("refused", refused.getMessage());
        } else {
            errors.rejectValue(field, "refused", refused.getMessage());
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String value) { this.title = value; }
    public String getTopic() { return topic; }
    public void setTopic(String value) { this.topic = value; }
    public String getHeldOnDay() { return heldOnDay; }
    public void setHeldOnDay(String value) { this.heldOnDay = value; }
    public String getHeldOnMonth() { return heldOnMonth; }
    public void setHeldOnMonth(String value) { this.heldOnMonth = value; }
    public String getHeldOnYear() { return heldOnYear; }
    public void setHeldOnYear(String value) { this.heldOnYear = value; }
    public String getVenue() { return venue; }
    public void setVenue(String value) { this.venue = value; }
    public String getProvider() { return provider; }
    public void setProvider(String value) { this.provider = value; }
    public String getInvitedGuests() { return invitedGuests; }
    public void setInvitedGuests(String value) { this.invitedGuests = value; }
}
