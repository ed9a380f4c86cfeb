package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.springframework.validation.Errors;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.workforce.internal.AttachmentRole;
import uk.saferhub.workforce.internal.NewAttachment;

/** Attaching a PCSO to wards, as posted: the wards ticked, the role, from and (optionally) to. */
record AttachForm(
        List<UUID> wardIds,
        @NotNull(message = "{workforce.attach.role.required}") AttachmentRole role,
        @DateEntered(name = "workforce.attach.from.name") DateInput from,
        @DateEntered(name = "workforce.attach.to.name", required = false) DateInput to) {

    AttachForm {
        from = DateInput.orEmpty(from);
        to = DateInput.orEmpty(to);
    }

    static AttachForm startingOn(LocalDate day) {
        return new AttachForm(null, AttachmentRole.DESIGNATED, DateInput.of(day), DateInput.empty());
    }

    /** At least one ward, and an end no earlier than the start. */
    void check(Errors errors) {
        if ((wardIds == null || wardIds.isEmpty()) && !errors.hasFieldErrors("wardIds")) {
            FormErrors.reject(errors, "wardIds", "workforce.attach.wardIds.required");
        }
        if (from.date() != null && to.date() != null && to.date().isBefore(from.date())) {
            FormErrors.reject(errors, "to.day", "workforce.attach.to.beforeFrom");
        }
    }

    /** The wards ticked, to show the form again as it was posted. */
    Set<UUID> ticked() {
        return wardIds == null ? Set.of() : Set.copyOf(wardIds);
    }

    NewAttachment attachment() {
        return new NewAttachment(wardIds, role, from.date(), to.date());
    }
}
