package uk.saferhub.workforce.internal;

import java.time.LocalDate;

/** What is entered about a training event: its title and topic, when and where, who provides it and who is invited. */
public record TrainingEventDetails(String title, String topic, LocalDate heldOn, String venue, String provider,
        String invitedGuests) {
}
