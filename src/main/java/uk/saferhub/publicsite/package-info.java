/**
 * The public site: pages and open data anyone may read without signing in (neighbourhood priorities first). It holds
 * nothing of its own; it shows what other modules mark PUBLIC.
 */
@ApplicationModule(allowedDependencies = {"documents", "geography", "meetings", "partnership", "plans", "reports",
        "shared", "tasking", "workforce"})
package uk.saferhub.publicsite;

import org.springframework.modulith.ApplicationModule;
