package uk.saferhub.workforce.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.workforce.TrainingAttendee;

/** The PCSOs ticked as having attended an event. */
public class TrainingAttendanceForm {

    private List<String> attended = new ArrayList<>();

    static TrainingAttendanceForm of(List<TrainingAttendee> attendees) {
        var form = new TrainingAttendanceForm();
        attendees.stream().filter(TrainingAttendee::recordedAttending)
                .forEach(one -> form.attended.add(one.officer().id().toString()));
        return form;
    }

    /** The ticked PCSOs, or null when a value is not a PCSO's id. */
    Set<UUID> ids() {
        Set<UUID> ids = new HashSet<>();
        for (String value : attended) {
            try {
                ids.add(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return ids;
    }

    public List<String> getAttended() { return attended; }
    public void setAttended(List<String> value) { this.attended = value == null ? new ArrayList<>() : value; }
}
