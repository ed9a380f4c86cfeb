package uk.saferhub.meetings.web;

import java.util.UUID;

import org.springframework.validation.Errors;

import uk.saferhub.meetings.internal.CalendarSubscription.Subject;
import uk.saferhub.shared.web.FormErrors;

/** What to follow in a calendar, as posted: a body (from one form) or a person (from the other). */
record CalendarSubscriptionForm(Subject subject, UUID body, UUID person) {

    static CalendarSubscriptionForm empty() {
        return new CalendarSubscriptionForm(null, null, null);
    }

    /** The form with what a link chose already selected. */
    static CalendarSubscriptionForm of(Subject subject, UUID id) {
        return new CalendarSubscriptionForm(subject, subject == Subject.BODY ? id : null,
                subject == Subject.PERSON ? id : null);
    }

    /** A body or a person, and which one was chosen. */
    void check(Errors errors) {
        if (subject == null) {
            if (!errors.hasFieldErrors("subject")) {
                errors.reject("meetings.calendars.subject.required");
            }
        } else if (id() == null && !errors.hasFieldErrors(field())) {
            FormErrors.reject(errors, field(), "meetings.calendars." + field() + ".required");
        }
    }

    /** The id of what is followed. */
    UUID id() {
        return subject == Subject.BODY ? body : person;
    }

    /** The form's field for what is followed. */
    String field() {
        return subject == Subject.BODY ? "body" : "person";
    }
}
