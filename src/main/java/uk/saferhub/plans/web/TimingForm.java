package uk.saferhub.plans.web;

/** A Panel's own times, in days: to review a draft, to expect the response, and to remind before a date falls due. */
record TimingForm(Integer reviewDays, Integer responseDays, Integer reminderDays, String note) {
}
