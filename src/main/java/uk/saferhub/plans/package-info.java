/**
 * The Police and Crime Plan and its scrutiny: each Plan with its objectives and issued versions, and each draft
 * variation (or whole new draft Plan) taken through the steps of the Police Reform and Social Responsibility Act 2011:
 * the Chief Constable consulted, the draft sent to the Police and Crime Panel, its review and report, the
 * Commissioner's response to each recommendation, the response published and the new version issued.
 */
@ApplicationModule(allowedDependencies = {"audit", "directory", "meetings", "partnership", "shared"})
package uk.saferhub.plans;

import org.springframework.modulith.ApplicationModule;
