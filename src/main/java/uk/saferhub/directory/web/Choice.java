package uk.saferhub.directory.web;

/** An option of a select on a directory page. */
record Choice(String value, String label) {
}
