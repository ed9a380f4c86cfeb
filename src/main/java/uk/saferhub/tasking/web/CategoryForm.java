package uk.saferhub.tasking.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import uk.saferhub.shared.web.PlainText;

/** A category as posted: its name, whether it is environmental, whether it is no longer used. */
record CategoryForm(
        @NotBlank(message = "{tasking.category.name.required}")
        @Size(max = 100, message = "{tasking.category.name.required}") @PlainText String name,
        Boolean environmental,
        Boolean retired) {

    static CategoryForm empty() {
        return new CategoryForm(null, false, false);
    }
}
