package uk.saferhub.directory.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.saferhub.directory.Organisation;
import uk.saferhub.directory.OrganisationDetails;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.shared.web.PlainText;

/** What the add and change organisation pages post. */
record OrganisationForm(
        @NotBlank(message = "{directory.organisation.name.required}")
        @Size(max = 200, message = "{directory.organisation.name.tooLong}") @PlainText String name,
        @Size(max = 60, message = "{directory.organisation.shortName.tooLong}") @PlainText String shortName,
        @NotNull(message = "{directory.organisation.type.required}") OrganisationType type,
        UUID parentId,
        @Size(max = 300, message = "{directory.organisation.website.tooLong}")
        @Pattern(regexp = "(https?://\\S+)?", message = "{directory.organisation.website.invalid}") String website,
        @Size(max = 40, message = "{directory.phone.tooLong}")
        @Pattern(regexp = OrganisationForm.PHONE, message = "{directory.phone.invalid}") @PlainText String phone,
        @Size(max = 200, message = "{directory.email.tooLong}")
        @Email(regexp = OrganisationForm.EMAIL, message = "{directory.email.invalid}") String email) {

    static final String PHONE = "[0-9+() -]*";
    static final String EMAIL = ".+@.+\\..+";

    static OrganisationForm empty() {
        return new OrganisationForm(null, null, null, null, null, null, null);
    }

    static OrganisationForm of(Organisation organisation) {
        return new OrganisationForm(organisation.name(), organisation.shortName(), organisation.type(),
                organisation.parentId(), organisation.website(), organisation.phone(), organisation.email());
    }

    OrganisationDetails details() {
        return new OrganisationDetails(name, shortName, type, parentId, website, phone, email);
    }
}
