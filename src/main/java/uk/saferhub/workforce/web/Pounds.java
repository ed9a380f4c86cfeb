package uk.saferhub.workforce.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** An amount of money as the workforce pages write it: "£32,000", or "£1,200.50" when it has pence. */
final class Pounds {

    private Pounds() {
    }

    static String of(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
