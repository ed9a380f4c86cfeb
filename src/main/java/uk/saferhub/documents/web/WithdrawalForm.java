package uk.saferhub.documents.web;

import jakarta.validation.constraints.NotBlank;

import uk.saferhub.shared.web.PlainText;

/** Why a document is withdrawn, as posted. */
record WithdrawalForm(
        @NotBlank(message = "{documents.withdraw.reason.required}") @PlainText(lineBreaks = true) String reason) {

    static WithdrawalForm empty() {
        return new WithdrawalForm(null);
    }
}
