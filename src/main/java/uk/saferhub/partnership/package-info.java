/**
 * The partnership's structure: its bodies, how they report to and link with each other, who leads on which theme,
 * their governance arrangements and who sits on them.
 */
@ApplicationModule(allowedDependencies = {"audit", "directory", "search", "shared"})
package uk.saferhub.partnership;

import org.springframework.modulith.ApplicationModule;
