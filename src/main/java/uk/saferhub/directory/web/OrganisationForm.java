package uk.saferhub.directory.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.directory.Organisation;
import uk.saferhub.directory.OrganisationDetails;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.shared.web.PlainText;

/** What the add and change organisation pages post. */
public class OrganisationForm {

    static final String PHONE = "[0-9+() -]*";
    static final String EMAIL = ".+@.+\\..+";
    static final String UUID_TEXT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @NotBlank(message = "Enter the organisation's name")
    @Size(max = 200, message = "The name must be 200 characters or fewer")
    @PlainText
    private String name;

    @Size(max = 60, message = "The short name must be 60 characters or fewer")
    @PlainText
    private String shortName;

    @NotBlank(message = "Select the type of organisation")
    private String type;

    private String parentId;

    @Size(max = 300, message = "The website must be 300 characters or fewer")
    @Pattern(regexp = "(https?://\\S+)?", message = "Enter a website address starting https://, like "
            + "https://www.example.gov.uk")
    private String website;

    @Size(max = 40, message = "The telephone number must be 40 characters or fewer")
    @Pattern(regexp = PHONE, message = "Enter a telephone number, like 01632 960 001")
    @PlainText
    private String phone;

    @Size(max = 200, message = "The e-mail address must be 200 characters or fewer")
    @Email(regexp = EMAIL, message = "Enter an e-mail address in the correct format, like name@example.org")
    private String email;

    static OrganisationForm of(Organisation organisation) {
        var form = new OrganisationForm();
        form.name = organisation.name();
        form.shortName = organisation.shortName();
        form.type = organisation.type().name();
        form.parentId = organisation.parentId() == null ? null : organisation.parentId().toString();
        form.website = organisation.website();
        form.phone = organisation.phone();
        form.email = organisation.email();
        return form;
    }

    /** The checks Bean Validation cannot make: that a select's value is one it offered. */
    void checkChoices(Errors errors) {
        if (!errors.hasFieldErrors("type") && ListLinks.type(type) == null) {
            errors.rejectValue("type", "unknown", "Select the type of organisation");
        }
        if (parentId != null && !parentId.isBlank() && !parentId.strip().matches(UUID_TEXT)) {
            errors.rejectValue("parentId", "unknown", "Select a parent organisation from the list");
        }
    }

    OrganisationDetails details() {
        return new OrganisationDetails(name, shortName, ListLinks.type(type),
                parentId == null || parentId.isBlank() ? null : UUID.fromString(parentId.strip()), website, phone,
                email);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
