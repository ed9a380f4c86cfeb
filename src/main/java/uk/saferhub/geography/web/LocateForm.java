package uk.saferhub.geography.web;

import org.springframework.validation.Errors;

import uk.saferhub.shared.web.FormErrors;

/**
 * The locate form (sent with GET) as typed: text, so that anything can be shown back with its error, checked by
 * {@link Coordinates}, the rule the API follows too.
 */
record LocateForm(String lat, String lng) {

    boolean asked() {
        return lat != null || lng != null;
    }

    /** The point, with the problems of each coordinate put on its field. */
    Coordinates check(Errors errors) {
        Coordinates point = Coordinates.parse(lat, lng);
        point.problems().forEach((field, key) -> FormErrors.reject(errors, field, key));
        return point;
    }
}
