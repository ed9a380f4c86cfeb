/**
 * Places and their boundaries (force areas, divisions, districts, city areas, wards, LSOAs, neighbourhoods, patrol
 * and trial areas), boundary imports from GeoJSON, locating a coordinate in them, and maps drawn on the server.
 */
@ApplicationModule(allowedDependencies = {"audit", "search", "shared"})
package uk.saferhub.geography;

import org.springframework.modulith.ApplicationModule;
