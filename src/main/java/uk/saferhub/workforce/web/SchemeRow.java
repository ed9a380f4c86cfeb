package uk.saferhub.workforce.web;

import java.util.UUID;

import uk.saferhub.workforce.FundingScheme;

/** A funding scheme as a table row shows it. */
record SchemeRow(UUID id, String name, UUID funderId, String funder, String share, int posts, String cost,
        String period, boolean current) {

    static SchemeRow of(FundingScheme scheme, WorkforceNames.Lookup names, java.time.LocalDate today) {
        return new SchemeRow(scheme.id(), scheme.name(), scheme.funderId(), names.organisation(scheme.funderId()),
                WorkforceDisplay.share(scheme), scheme.posts(), scheme.costToFunder().map(WorkforceDisplay::money).orElse("Not known"),
                WorkforceDisplay.period(scheme.periodFrom(), scheme.periodTo()), scheme.runsOn(today));
    }
}
