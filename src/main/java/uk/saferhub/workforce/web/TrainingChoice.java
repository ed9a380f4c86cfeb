package uk.saferhub.workforce.web;

/** An option of a select or checkbox on a training page. */
record TrainingChoice(String value, String label) {
}
