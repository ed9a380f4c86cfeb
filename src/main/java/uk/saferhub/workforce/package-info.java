/**
 * The people on patrol: PCSOs and the posts of each neighbourhood policing team, the schemes that fund them, each
 * PCSO's attachment to designated patrol areas, the wards they cover and leave open, training and development, and
 * their shifts with the evidence-led patrol plans of short visits to hot spots.
 */
@ApplicationModule(allowedDependencies = {"audit", "crimedata", "directory", "geography", "shared"})
package uk.saferhub.workforce;

import org.springframework.modulith.ApplicationModule;
