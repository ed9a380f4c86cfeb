/**
 * Intake: reports from residents through Open311 GeoReport v2 clients (FixMyStreet and others) at /open311/v2, each
 * placed in its ward and areas, routed by its service to the organisation responsible there, checked for a likely
 * duplicate nearby, and followed by status updates. Reporters' personal data is kept apart from the report.
 */
@ApplicationModule(allowedDependencies = {"audit", "directory", "geography", "identity", "search", "shared"})
package uk.saferhub.intake;

import org.springframework.modulith.ApplicationModule;
