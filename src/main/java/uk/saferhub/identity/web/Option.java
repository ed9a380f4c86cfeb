package uk.saferhub.identity.web;

/** One choice in a select: the value sent and the label shown. */
record Option(String value, String label) {
}
