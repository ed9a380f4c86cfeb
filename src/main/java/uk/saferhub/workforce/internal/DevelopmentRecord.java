package uk.saferhub.workforce.internal;

import java.util.List;

/** A PCSO's personal development record as one allowed reader sees it, and whether they may add to it. */
public record DevelopmentRecord(TrainingOfficer officer, List<DevelopmentEntry> entries, boolean mayAdd) {
}
