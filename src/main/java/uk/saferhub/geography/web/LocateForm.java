package uk.saferhub.geography.web;

/**
 * The locate form as typed: latitude and longitude are read by {@link Coordinates}, the rule the API uses too, so a
 * person and a client are told the same.
 */
record LocateForm(String lat, String lng) {
}
