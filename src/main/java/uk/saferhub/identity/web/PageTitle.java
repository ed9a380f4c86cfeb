package uk.saferhub.identity.web;

import org.springframework.validation.Errors;

/** A page's title, prefixed with "Error: " when its form has problems, as GOV.UK pages do. */
final class PageTitle {

    private PageTitle() {
    }

    static String of(String title, Errors errors) {
        return errors != null && errors.hasErrors() ? "Error: " + title : title;
    }
}
