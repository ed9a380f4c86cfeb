package uk.saferhub.workforce.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.PlainText;
import uk.saferhub.workforce.internal.Pcso;
import uk.saferhub.workforce.internal.PcsoDetails;
import uk.saferhub.workforce.internal.PcsoStatus;

/** A PCSO as posted: the force is required; the team, supervisor, directory person and scheme are optional. */
record PcsoForm(
        @NotBlank(message = "{workforce.pcso.name.required}")
        @Size(max = 200, message = "{workforce.pcso.name.tooLong}") @PlainText String name,
        @NotBlank(message = "{workforce.pcso.collarNumber.required}")
        @Size(max = 20, message = "{workforce.pcso.collarNumber.tooLong}") @PlainText String collarNumber,
        @NotNull(message = "{workforce.pcso.forceId.required}") UUID forceId,
        UUID teamId,
        UUID supervisorId,
        UUID personId,
        UUID schemeId,
        @DateEntered(name = "workforce.pcso.startDate.name") DateInput startDate,
        @NotNull(message = "{workforce.pcso.status.required}") PcsoStatus status) {

    PcsoForm {
        startDate = DateInput.orEmpty(startDate);
    }

    static PcsoForm empty() {
        return new PcsoForm(null, null, null, null, null, null, null, DateInput.empty(), PcsoStatus.ACTIVE);
    }

    static PcsoForm of(Pcso pcso) {
        return new PcsoForm(pcso.name(), pcso.collarNumber(), pcso.forceId(), pcso.teamId(), pcso.supervisorId(),
                pcso.personId(), pcso.schemeId(), DateInput.of(pcso.startDate()), pcso.status());
    }

    PcsoDetails details() {
        return new PcsoDetails(name, collarNumber, forceId, teamId, supervisorId, personId, schemeId,
                startDate.date(), status);
    }
}
