package uk.saferhub.workforce.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.shared.access.Audience;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * A PCSO's personal development record as the access rule sees it: owned by their force, an AGENCY record, seen only by
 * the force's organisations (the force and the police organisations below it) and by the PCSO themselves, and added to
 * by the force's contributors.
 *
 * @param forceOrganisations the force and the police organisations below it
 */
record PersonalDevelopment(TrainingOfficer officer, Set<UUID> forceOrganisations) implements Restricted {

    PersonalDevelopment {
        forceOrganisations = Set.copyOf(forceOrganisations);
    }

    @Override
    public UUID owningOrganisationId() {
        return officer.forceId();
    }

    @Override
    public HandlingLevel handlingLevel() {
        return HandlingLevel.AGENCY;
    }

    @Override
    public Optional<Audience> narrowedTo() {
        return Optional.of(new Audience(forceOrganisations,
                officer.personId() == null ? Set.of() : Set.of(officer.personId())));
    }

    @Override
    public Optional<Set<UUID>> changedOnlyBy() {
        return Optional.of(forceOrganisations);
    }

    @Override
    public String recordType() {
        return DevelopmentRecords.RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return officer.id().toString();
    }
}
