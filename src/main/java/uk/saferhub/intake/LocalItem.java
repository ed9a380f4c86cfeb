package uk.saferhub.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing reported at a place, as the local data analysis counts it: a resident's report (source REPORT, its
 * Open311 service as the category) or a PCSO's observation (source OBSERVATION). Intelligence is never an item: it
 * is police only, and the analysis is seen by council officers too.
 *
 * @param source   REPORT or OBSERVATION
 * @param id       the report's service_request_id, or the observation's id
 * @param category the category's name as people read it (for example "Graffiti")
 * @param wardId   the ward it lies in, when it was placed
 */
public record LocalItem(String source, String id, String category, UUID wardId, Double latitude, Double longitude,
        String location, Instant at) {
}
