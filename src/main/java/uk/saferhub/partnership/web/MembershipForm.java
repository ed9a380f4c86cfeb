package uk.saferhub.partnership.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.Errors;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.MembershipDetails;
import uk.saferhub.partnership.MembershipRole;
import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.FormErrors;

/** A seat as posted: who, representing what ("organisation:id" or "body:id"), role, from and to dates. */
record MembershipForm(
        @NotNull(message = "{partnership.membership.personId.required}") UUID personId,
        @Pattern(regexp = "((organisation|body):[0-9a-fA-F-]{36})?",
                message = "{partnership.membership.representing.invalid}") String representing,
        @NotNull(message = "{partnership.membership.role.required}") MembershipRole role,
        @DateEntered(name = "partnership.membership.from.name") DateInput from,
        @DateEntered(name = "partnership.membership.to.name", required = false) DateInput to) {

    private static final String BODY = "body:";
    private static final String ORGANISATION = "organisation:";

    MembershipForm {
        from = DateInput.orEmpty(from);
        to = DateInput.orEmpty(to);
    }

    static MembershipForm empty() {
        return new MembershipForm(null, null, null, DateInput.empty(), DateInput.empty());
    }

    static MembershipForm of(Membership seat) {
        String representing = seat.representingBodyId() != null ? BODY + seat.representingBodyId()
                : seat.representingOrganisationId() != null ? ORGANISATION + seat.representingOrganisationId() : "";
        return new MembershipForm(seat.personId(), representing, seat.role(), DateInput.of(seat.from()),
                DateInput.of(seat.to()));
    }

    /** A seat cannot end before it starts. */
    void check(Errors errors) {
        if (from.date() != null && to.date() != null && to.date().isBefore(from.date())) {
            FormErrors.reject(errors, "to.day", "partnership.membership.to.beforeFrom");
        }
    }

    MembershipDetails details() {
        String chosen = representing == null ? "" : representing.strip();
        BodyId body = chosen.startsWith(BODY) ? BodyId.of(UUID.fromString(chosen.substring(BODY.length()))) : null;
        UUID organisation = chosen.startsWith(ORGANISATION)
                ? UUID.fromString(chosen.substring(ORGANISATION.length())) : null;
        return new MembershipDetails(personId, organisation, body, role, from.date(), to.date());
    }
}
