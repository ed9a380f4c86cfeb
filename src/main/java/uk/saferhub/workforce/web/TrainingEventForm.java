package uk.saferhub.workforce.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.PlainText;
import uk.saferhub.workforce.internal.TrainingEvent;
import uk.saferhub.workforce.internal.TrainingEventDetails;

/** A training event as entered on its form. */
record TrainingEventForm(
        @NotBlank(message = "{workforce.trainingEvent.title.required}")
        @Size(max = 200, message = "{workforce.trainingEvent.title.tooLong}") @PlainText String title,
        @NotBlank(message = "{workforce.trainingEvent.topic.required}")
        @Size(max = 200, message = "{workforce.trainingEvent.topic.tooLong}") @PlainText String topic,
        @DateEntered(name = "workforce.trainingEvent.heldOn.name") DateInput heldOn,
        @Size(max = 200, message = "{workforce.trainingEvent.venue.tooLong}") @PlainText String venue,
        @Size(max = 200, message = "{workforce.trainingEvent.provider.tooLong}") @PlainText String provider,
        @Size(max = 1000, message = "{workforce.trainingEvent.invitedGuests.tooLong}") @PlainText
        String invitedGuests) {

    TrainingEventForm {
        heldOn = DateInput.orEmpty(heldOn);
    }

    static TrainingEventForm empty() {
        return new TrainingEventForm(null, null, DateInput.empty(), null, null, null);
    }

    static TrainingEventForm of(TrainingEvent event) {
        return new TrainingEventForm(event.title(), event.topic(), DateInput.of(event.heldOn()), event.venue(),
                event.provider(), event.invitedGuests());
    }

    TrainingEventDetails details() {
        return new TrainingEventDetails(title, topic, heldOn.date(), venue, provider, invitedGuests);
    }
}
