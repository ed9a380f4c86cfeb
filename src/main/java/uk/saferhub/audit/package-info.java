/**
 * The append-only, hash-chained record of every change, every sign-in and every view of a restricted record.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package uk.saferhub.audit;

import org.springframework.modulith.ApplicationModule;
