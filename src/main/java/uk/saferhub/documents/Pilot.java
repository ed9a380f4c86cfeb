package uk.saferhub.documents;

import java.time.LocalDate;
import java.util.UUID;

/** A service agreement tried in a trial area for a period, judged against criteria, and its evaluated result. */
public record Pilot(UUID id, UUID documentId, UUID placeId, String placeName, LocalDate startsOn, LocalDate endsOn,
        String evaluationCriteria, LocalDate evaluatedOn, String evaluationResult, Boolean successful) {

    public boolean evaluated() {
        return evaluatedOn != null;
    }

    public boolean runningOn(LocalDate day) {
        return !day.isBefore(startsOn) && !evaluated();
    }
}
