package uk.saferhub.workforce.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.workforce.internal.TrainingAttendee;

/** The PCSOs ticked as having attended an event (null when none is). */
record TrainingAttendanceForm(List<UUID> attended) {

    static TrainingAttendanceForm of(List<TrainingAttendee> attendees) {
        return new TrainingAttendanceForm(attendees.stream().filter(TrainingAttendee::recordedAttending)
                .map(one -> one.officer().id()).toList());
    }

    Set<UUID> ids() {
        return attended == null ? Set.of() : Set.copyOf(attended);
    }
}
