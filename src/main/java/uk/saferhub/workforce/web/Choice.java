package uk.saferhub.workforce.web;

/** An option of a select or a radio on a workforce form. */
record Choice(String value, String label) {
}
