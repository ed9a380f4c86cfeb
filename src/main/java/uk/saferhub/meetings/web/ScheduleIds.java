package uk.saferhub.meetings.web;

import java.util.UUID;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.RecordNotFoundException;

/** Ids from the schedule pages' paths and parameters: text that is not an id reads as a record that is not there. */
final class ScheduleIds {

    private ScheduleIds() {
    }

    static UUID uuid(String text, String kind) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RecordNotFoundException(kind, text);
        }
    }

    static BodyId body(String text) {
        return BodyId.of(uuid(text, "body"));
    }
}
