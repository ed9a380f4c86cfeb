package uk.saferhub.workforce.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import uk.saferhub.workforce.FundingScheme;

/** How the workforce pages write money, shares, dates and periods. */
final class WorkforceDisplay {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private WorkforceDisplay() {
    }

    static String money(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    static String day(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }

    static String period(LocalDate from, LocalDate to) {
        return to == null ? "From " + day(from) : day(from) + " to " + day(to);
    }

    /** "30% of each post" or "£12,000 a post a year". */
    static String share(FundingScheme scheme) {
        if (scheme.sharePercent() != null) {
            return scheme.sharePercent().stripTrailingZeros().toPlainString() + "% of each post";
        }
        return money(scheme.shareAmount()) + " a post a year";
    }
}
