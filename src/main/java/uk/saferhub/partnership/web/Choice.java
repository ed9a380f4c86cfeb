package uk.saferhub.partnership.web;

/** An option of a select on a partnership form. */
record Choice(String value, String label) {
}
