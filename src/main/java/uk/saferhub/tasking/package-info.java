/**
 * Tasking: the local priorities each tasking group (a partnership body of type TASKING_GROUP) agrees and reviews at
 * its six-weekly meetings, the actions under them, and each priority's state at each meeting (its cycle history).
 */
@ApplicationModule(allowedDependencies = {"audit", "crimedata", "directory", "documents", "geography", "intake", "meetings", "partnership", "shared"})
package uk.saferhub.tasking;

import org.springframework.modulith.ApplicationModule;
