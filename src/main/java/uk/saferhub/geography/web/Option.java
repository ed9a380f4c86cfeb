package uk.saferhub.geography.web;

/** A choice in a select: the value sent and the text shown. */
record Option(String value, String label) {
}
