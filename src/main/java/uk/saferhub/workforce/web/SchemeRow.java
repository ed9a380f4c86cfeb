package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import uk.saferhub.workforce.internal.FundingScheme;

/** A funding scheme as a table row shows it: its share, cost and period in words. */
record SchemeRow(UUID id, String name, UUID funderId, String funder, String share, int posts, String cost,
        String period, boolean current) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static SchemeRow of(FundingScheme scheme, WorkforceNames.Lookup names, LocalDate today) {
        var text = names.text();
        String share = scheme.sharePercent() != null
                ? text.getMessage("workforce.scheme.share.percent",
                        new Object[] {scheme.sharePercent().stripTrailingZeros().toPlainString()})
                : text.getMessage("workforce.scheme.share.amount", new Object[] {Pounds.of(scheme.shareAmount())});
        String period = scheme.periodTo() == null
                ? text.getMessage("workforce.scheme.period.from", new Object[] {DAY.format(scheme.periodFrom())})
                : text.getMessage("workforce.scheme.period.between",
                        new Object[] {DAY.format(scheme.periodFrom()), DAY.format(scheme.periodTo())});
        return new SchemeRow(scheme.id(), scheme.name(), scheme.funderId(), names.organisation(scheme.funderId()),
                share, scheme.posts(), scheme.costToFunder().map(Pounds::of)
                        .orElse(text.getMessage("workforce.notKnown")),
                period, scheme.runsOn(today));
    }
}
