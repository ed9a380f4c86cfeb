/**
 * The partnership's agreements and protocols: memoranda of understanding, governance protocols, service agreements
 * and policy statements, with their numbered versions, circulation and consultation, approval by the named body,
 * review dates, service-agreement pilots and publication.
 */
@ApplicationModule(allowedDependencies = {"audit", "directory", "geography", "meetings", "partnership", "shared"})
package uk.saferhub.documents;

import org.springframework.modulith.ApplicationModule;
