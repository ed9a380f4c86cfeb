/**
 * The people on patrol: PCSOs and the posts of each neighbourhood policing team, the schemes that fund them, each
 * PCSO's attachment to designated patrol areas, the wards they cover and leave open, and training and development.
 */
@ApplicationModule(allowedDependencies = {"audit", "directory", "geography", "shared"})
package uk.saferhub.workforce;

import org.springframework.modulith.ApplicationModule;
