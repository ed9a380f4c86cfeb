package uk.saferhub.reports.web;

/** Publishing a report on the public site: only a button, whose refusal shows in the page's error summary. */
record PublishForm() {
}
