package uk.saferhub.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import uk.saferhub.intake.internal.Service;
import uk.saferhub.intake.internal.ServiceEntry;
import uk.saferhub.shared.web.PlainText;

/**
 * A service of the Open311 list as posted: its code (only when added: reports keep it), name, description, group,
 * keywords, who deals with it, its place in the list and whether residents may report it now.
 */
record ServiceForm(
        @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "{intake.services.code.invalid}") String code,
        @NotBlank(message = "{intake.services.name.required}")
        @Size(max = 200, message = "{intake.services.name.tooLong}") @PlainText String name,
        @Size(max = 1000, message = "{intake.services.description.tooLong}") @PlainText String description,
        @NotBlank(message = "{intake.services.group.required}")
        @Size(max = 200, message = "{intake.services.group.tooLong}") @PlainText String group,
        @Size(max = 500, message = "{intake.services.keywords.tooLong}") @PlainText String keywords,
        @NotNull(message = "{intake.services.responsibility.required}") Service.Responsibility responsibility,
        @Positive(message = "{intake.services.position.invalid}") Integer position,
        Boolean active) {

    static ServiceForm empty() {
        return new ServiceForm(null, null, null, null, null, null, null, true);
    }

    static ServiceForm of(ServiceEntry entry) {
        return new ServiceForm(entry.code(), entry.name(), entry.description(), entry.group(), entry.keywords(),
                entry.responsibility(), entry.position(), entry.active());
    }

    ServiceEntry entry() {
        return new ServiceEntry(code, name, description, group, keywords, responsibility,
                position == null ? 0 : position, Boolean.TRUE.equals(active), 0);
    }
}
