package uk.saferhub.meetings.web;

import uk.saferhub.meetings.internal.AttendanceRecord;
import uk.saferhub.meetings.web.PeopleNames.Names;

/** One person's attendance at a body's meetings, by name, for the table and the chart. */
record AttendanceRow(String name, int present, int apologies, int absent, int recorded, int percent) {

    static AttendanceRow of(AttendanceRecord record, Names people) {
        return new AttendanceRow(people.of(record.personId()), record.present(), record.apologies(),
                record.absent(), record.recorded(), record.presentPercent());
    }
}
