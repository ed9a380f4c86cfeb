package uk.saferhub.meetings.web;

import java.util.Map;
import java.util.UUID;

import uk.saferhub.meetings.AttendanceRecord;

/** One person's attendance at a body's meetings, by name, for the table and the chart. */
record AttendanceRow(String name, int present, int apologies, int absent, int recorded, int percent) {

    static AttendanceRow of(AttendanceRecord record, Map<UUID, String> people) {
        return new AttendanceRow(PeopleNames.name(people, record.personId()), record.present(), record.apologies(),
                record.absent(), record.recorded(), record.presentPercent());
    }
}
