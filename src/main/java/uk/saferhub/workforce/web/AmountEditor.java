package uk.saferhub.workforce.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * An amount or a share as people type it into a form: "£32,000", "32000.50" or "30%". Registered for a form's
 * {@code BigDecimal} fields; anything else is a type mismatch, which the form kit words by its field's message.
 */
final class AmountEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        String plain = text.strip().replace("£", "").replace(",", "").replace("%", "").strip();
        try {
            setValue(new BigDecimal(plain));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("Not an amount", notANumber);
        }
    }

    @Override
    public String getAsText() {
        return getValue() instanceof BigDecimal amount ? amount.stripTrailingZeros().toPlainString() : "";
    }
}
