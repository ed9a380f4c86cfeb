package uk.saferhub.documents.web;

/** An option of a select or a radio on the service-agreement pages: the value posted and the words shown. */
record AgreementChoice(String value, String label) {
}
