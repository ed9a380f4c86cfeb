package uk.saferhub.documents;

import java.time.LocalDate;
import java.util.UUID;

/** A pilot to record: the trial area (a place), the period and the criteria it will be judged by. */
public record NewPilot(UUID placeId, LocalDate startsOn, LocalDate endsOn, String evaluationCriteria) {
}
