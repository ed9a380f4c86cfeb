/**
 * One search across every record a user may see. Each module that owns records implements a {@link
 * uk.saferhub.search.SearchSource} in its own internal package, with SQL on its own tables that applies its own access
 * rule in the query; this module collects the sources, runs them and groups what they find by kind. It names no other
 * module's tables and depends on none but the shared kernel (ADR 0021).
 */
@ApplicationModule(allowedDependencies = {"shared"})
package uk.saferhub.search;

import org.springframework.modulith.ApplicationModule;
