package uk.saferhub.directory.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.saferhub.directory.OrganisationDetails;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.shared.web.PlainText;

/** An organisation to add through the API; the same rules as the form. */
public record OrganisationRequest(
        @NotBlank(message = "Enter the organisation's name") @Size(max = 200) @PlainText String name,
        @Size(max = 60) @PlainText String shortName,
        @NotNull(message = "Give the type of organisation, such as PARISH_COUNCIL") OrganisationType type,
        UUID parentId,
        @Size(max = 300) String website,
        @Size(max = 40) @PlainText String phone,
        @Size(max = 200) @Email(regexp = OrganisationForm.EMAIL) String email) {

    OrganisationDetails details() {
        return new OrganisationDetails(name, shortName, type, parentId, website, phone, email);
    }
}
