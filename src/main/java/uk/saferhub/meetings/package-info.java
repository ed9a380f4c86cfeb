/**
 * Meetings of the partnership's bodies: the cadence each body meets on and the meetings generated from it, agendas,
 * papers, attendance, minutes, decisions, the action log and iCalendar feeds.
 */
@ApplicationModule(allowedDependencies = {"audit", "directory", "identity", "partnership", "search", "shared"})
package uk.saferhub.meetings;

import org.springframework.modulith.ApplicationModule;
