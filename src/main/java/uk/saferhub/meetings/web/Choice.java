package uk.saferhub.meetings.web;

/** An option of a select on a meeting form. */
record Choice(String value, String label) {
}
