package uk.saferhub.meetings.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.validation.Errors;

import uk.saferhub.meetings.internal.Attendance;
import uk.saferhub.meetings.internal.AttendanceStatus;
import uk.saferhub.shared.web.FormErrors;

/**
 * Attendance as posted: a status per member of the body ({@code member[personId]}, empty for not recorded) and rows
 * for other attendees, each a person, a status and the member they substitute for. There are always at least three
 * rows for other attendees, and one free.
 */
record AttendanceForm(Map<String, AttendanceStatus> member, List<OtherAttendee> others) {

    /** Rows for other attendees offered at least. */
    static final int ROWS = 3;

    AttendanceForm {
        member = member == null ? Map.of() : member;
        List<OtherAttendee> rows = new ArrayList<>();
        if (others != null) {
            others.forEach(row -> rows.add(row == null ? OtherAttendee.EMPTY : row));
        }
        long filled = rows.stream().filter(row -> !row.empty()).count();
        while (rows.size() < Math.max(ROWS, filled + 1)) {
            rows.add(OtherAttendee.EMPTY);
        }
        others = List.copyOf(rows);
    }

    /** Someone at the meeting who is not recorded as a member: a guest, an officer, or a substitute. */
    record OtherAttendee(UUID personId, AttendanceStatus status, UUID substituteFor) {

        static final OtherAttendee EMPTY = new OtherAttendee(null, null, null);

        boolean empty() {
            return personId == null && status == null && substituteFor == null;
        }
    }

    /** The form filled in from what is recorded. */
    static AttendanceForm of(List<Attendance> recorded, Set<UUID> members) {
        Map<String, AttendanceStatus> member = new LinkedHashMap<>();
        List<OtherAttendee> others = new ArrayList<>();
        for (Attendance one : recorded) {
            if (members.contains(one.personId()) && one.substituteForPersonId() == null) {
                member.put(one.personId().toString(), one.status());
            } else {
                others.add(new OtherAttendee(one.personId(), one.status(), one.substituteForPersonId()));
            }
        }
        return new AttendanceForm(member, others);
    }

    /** Each other attendee's row: a person with a status; only someone present substitutes for a member. */
    void check(Errors errors) {
        for (int i = 0; i < others.size(); i++) {
            OtherAttendee other = others.get(i);
            String row = "others[" + i + "].";
            if (errors.hasFieldErrors(row + "*")) {
                continue;
            }
            int number = i + 1;
            if (other.personId() == null && (other.status() != null || other.substituteFor() != null)) {
                FormErrors.reject(errors, row + "personId", "meetings.attendance.other.person.required", number);
            } else if (other.personId() != null && other.status() == null) {
                FormErrors.reject(errors, row + "status", "meetings.attendance.other.status.required", number);
            } else if (other.substituteFor() != null && other.status() != AttendanceStatus.PRESENT) {
                FormErrors.reject(errors, row + "substituteFor", "meetings.attendance.other.substitute.present",
                        number);
            }
        }
    }

    /** The attendance to record: members with a status, in the order given, then the other attendees. */
    List<Attendance> attendance(UUID meetingId, List<UUID> members) {
        List<Attendance> attendance = new ArrayList<>();
        for (UUID person : members) {
            AttendanceStatus status = member.get(person.toString());
            if (status != null) {
                attendance.add(new Attendance(meetingId, person, status, null));
            }
        }
        for (OtherAttendee other : others) {
            if (other.personId() != null) {
                attendance.add(new Attendance(meetingId, other.personId(), other.status(), other.substituteFor()));
            }
        }
        return attendance;
    }

    /** The status recorded for a member, as the radios' values read it ("" for not recorded). */
    public String memberStatus(String personId) {
        AttendanceStatus status = member.get(personId);
        return status == null ? "" : status.name();
    }
}
