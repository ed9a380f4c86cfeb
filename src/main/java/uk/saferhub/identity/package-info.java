/**
 * Who may sign in, for which organisation and with which roles; API keys for other systems; the web security rules.
 */
@ApplicationModule(allowedDependencies = {"audit", "directory", "shared"})
package uk.saferhub.identity;

import org.springframework.modulith.ApplicationModule;
