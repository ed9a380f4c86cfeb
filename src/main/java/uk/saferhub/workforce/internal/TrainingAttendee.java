package uk.saferhub.workforce.internal;

/** A PCSO who could attend a training event and whether they did: null when nothing is recorded for them. */
public record TrainingAttendee(TrainingOfficer officer, Boolean attended) {

    public boolean recordedAttending() {
        return Boolean.TRUE.equals(attended);
    }

    public boolean recordedAbsent() {
        return Boolean.FALSE.equals(attended);
    }
}
