package uk.saferhub.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A circulation to record: the newest draft goes to these recipients for a purpose. The label is how the control
 * block names them ("Police, Environmental Services &amp; Community Safety"); without one SaferHub joins their names.
 */
public record NewCirculation(CirculationPurpose purpose, List<Recipient> recipients, String recipientsLabel,
        LocalDate sentOn, boolean monthOnly, LocalDate closesOn, String note) {

    public NewCirculation {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
