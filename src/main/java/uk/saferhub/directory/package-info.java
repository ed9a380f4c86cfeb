/**
 * The partnership's organisations, the people in them and who to contact for what in each area.
 */
@ApplicationModule(allowedDependencies = {"audit", "search", "shared"})
package uk.saferhub.directory;

import org.springframework.modulith.ApplicationModule;
