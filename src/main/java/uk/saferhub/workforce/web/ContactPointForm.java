package uk.saferhub.workforce.web;

import java.time.DayOfWeek;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.workforce.ContactPoint;

/** A new contact point: where (name, address, its point), when (schedule, hours, dates) and who staffs it. */
record ContactPointForm(String name, String address, Double latitude, Double longitude,
        ContactPoint.Frequency frequency, DayOfWeek day, Integer weekOfMonth, String starts, String ends,
        @DateEntered(name = "workforce.contact.firstDate.name") DateInput firstDate,
        @DateEntered(name = "workforce.contact.lastDate.name", required = false) DateInput lastDate,
        String staffedBy) {

    ContactPointForm {
        firstDate = DateInput.orEmpty(firstDate);
        lastDate = DateInput.orEmpty(lastDate);
    }
}
