package uk.saferhub.meetings.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.validation.Errors;

import uk.saferhub.meetings.Attendance;
import uk.saferhub.meetings.AttendanceStatus;

/**
 * Attendance as posted: a status per member of the body ({@code member[personId]}, empty for not recorded) and rows
 * for other attendees, each a person, a status and the member they substitute for.
 */
public class AttendanceForm {

    private Map<String, String> member = new LinkedHashMap<>();
    private List<OtherAttendee> others = new ArrayList<>();

    /** The form filled in from what is recorded, with empty rows for other attendees to make at least three. */
    static AttendanceForm of(List<Attendance> recorded, Set<UUID> members) {
        var form = new AttendanceForm();
        for (Attendance one : recorded) {
            if (members.contains(one.personId()) && one.substituteForPersonId() == null) {
                form.member.put(one.personId().toString(), one.status().name());
            } else {
                var other = new OtherAttendee();
                other.personId = one.personId().toString();
                other.status = one.status().name();
                other.substituteFor = one.substituteForPersonId() == null ? null
                        : one.substituteForPersonId().toString();
                form.others.add(other);
            }
        }
        form.pad();
        return form;
    }

    /** Adds empty rows for other attendees: at least three, and always one free. */
    void pad() {
        long filled = others.stream().filter(other -> !other.empty()).count();
        while (others.size() < Math.max(3, filled + 1)) {
            others.add(new OtherAttendee());
        }
    }

    void check(Errors errors) {
        if (member.values().stream().anyMatch(value -> !blank(value) && !isStatus(value))) {
            errors.reject("invalid", "Choose present, apologies, absent or not recorded for each member");
        }
        for (int i = 0; i < others.size(); i++) {
            OtherAttendee other = others.get(i);
            String row = "others[" + i + "].";
            String who = "other attendee " + (i + 1);
            if (!MeetingRecording.isUuidOrBlank(other.personId) || !MeetingRecording.isUuidOrBlank(other.substituteFor)) {
                errors.rejectValue(row + "personId", "invalid", "Choose " + who + " from the list");
            } else if (blank(other.personId) && (!blank(other.status) || !blank(other.substituteFor))) {
                errors.rejectValue(row + "personId", "required", "Choose who " + who + " is, or clear the row");
            } else if (!blank(other.personId) && !isStatus(other.status)) {
                errors.rejectValue(row + "status", "required", "Choose whether " + who
                        + " was present, sent apologies or was absent");
            } else if (!blank(other.substituteFor) && !AttendanceStatus.PRESENT.name().equals(other.status)) {
                errors.rejectValue(row + "substituteFor", "present", "Only someone present can substitute for a "
                        + "member: choose Present for " + who + " or clear who they substitute for");
            }
        }
    }

    /** The attendance to record: members with a status, in the order given, then the other attendees. */
    List<Attendance> attendance(UUID meetingId, List<UUID> members) {
        List<Attendance> attendance = new ArrayList<>();
        for (UUID person : members) {
            String status = member.get(person.toString());
            if (!blank(status)) {
                attendance.add(new Attendance(meetingId, person, AttendanceStatus.valueOf(status), null));
            }
        }
        for (OtherAttendee other : others) {
            if (!blank(other.personId)) {
                attendance.add(new Attendance(meetingId, UUID.fromString(other.personId.strip()),
                        AttendanceStatus.valueOf(other.status), MeetingRecording.uuidOrNull(other.substituteFor)));
            }
        }
        return attendance;
    }

    private static boolean isStatus(String value) {
        return value != null && Arrays.stream(AttendanceStatus.values()).anyMatch(s -> s.name().equals(value));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Map<String, String> getMember() { return member; }
    public void setMember(Map<String, String> value) { this.member = value; }
    public List<OtherAttendee> getOthers() { return others; }
    public void setOthers(List<OtherAttendee> value) { this.others = value; }

    /** Someone at the meeting who is not recorded as a member: a guest, an officer, or a substitute. */
    public static class OtherAttendee {

        private String personId;
        private String status;
        private String substituteFor;

        boolean empty() {
            return blank(personId) && blank(status) && blank(substituteFor);
        }

        public String getPersonId() { return personId; }
        public void setPersonId(String value) { this.personId = value; }
        public String getStatus() { return status; }
        public void setStatus(String value) { this.status = value; }
        public String getSubstituteFor() { return substituteFor; }
        public void setSubstituteFor(String value) { this.substituteFor = value; }
    }
}
