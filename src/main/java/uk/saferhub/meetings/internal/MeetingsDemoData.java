package uk.saferhub.meetings.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.directory.Directory;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.NewMeeting;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.demo.DemoDataContributor;

/**
 * The seeds' meetings from {@code demo/meetings.json}: cadences (the scheduler generates the coming twelve months from
 * today) and held meetings with their record on the seeds' dates. Everything goes through the services as the system,
 * so it is audited; a body that already has a cadence, or a meeting at the same time, is skipped.
 */
@Component
class MeetingsDemoData implements DemoDataContributor {

    private final Partnership partnership;
    private final Directory directory;
    private final MeetingScheduler scheduler;
    private final MeetingRecorder recorder;
    private final MeetingStore meetings;
    private final CadenceStore cadences;
    private final JsonMapper json;

    MeetingsDemoData(Partnership partnership, Directory directory, MeetingScheduler scheduler,
            MeetingRecorder recorder, MeetingStore meetings, CadenceStore cadences, JsonMapper json) {
        this.partnership = partnership;
        this.directory = directory;
        this.scheduler = scheduler;
        this.recorder = recorder;
        this.meetings = meetings;
        this.cadences = cadences;
        this.json = json;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load(JsonNode partnershipDocument) {
        JsonNode demo = read();
        Names names = names();
        for (JsonNode node : demo.get("cadences")) {
            BodyId body = names.body(node);
            if (cadences.find(body).isEmpty()) {
                scheduler.setCadence(null, body, cadence(node));
            }
        }
        for (JsonNode node : demo.get("meetings")) {
            BodyId body = names.body(node);
            LocalDateTime start = LocalDateTime.parse(node.get("start").asString());
            var at = start.atZone(MeetingStore.LONDON).toInstant();
            if (meetings.ofBody(body, at, at.plusSeconds(60)).isEmpty()) {
                record(names, body, node, start);
            }
        }
    }

    private static Cadence cadence(JsonNode node) {
        List<CadenceMonth> months = new ArrayList<>();
        node.path("months").forEach(month -> months.add(new CadenceMonth(Month.valueOf(month.get("month").asString()),
                month.get("week").asInt(), DayOfWeek.valueOf(month.get("day").asString()), text(month, "purpose"))));
        return new Cadence(CadenceKind.valueOf(node.get("kind").asString()),
                node.has("intervalWeeks") ? node.get("intervalWeeks").asInt() : null,
                node.has("anchor") ? LocalDate.parse(node.get("anchor").asString()) : null, months,
                node.has("windowEnd") ? Month.valueOf(node.get("windowEnd").asString()) : null,
                LocalTime.parse(node.get("startTime").asString()), node.get("durationMinutes").asInt(),
                text(node, "location"));
    }

    private void record(Names names, BodyId body, JsonNode node, LocalDateTime start) {
        Meeting meeting = scheduler.schedule(null, body, new NewMeeting(text(node, "title"), text(node, "purpose"),
                start, LocalDateTime.parse(node.get("end").asString()), text(node, "location")));
        UUID id = meeting.id();
        if (node.path("held").asBoolean()) {
            scheduler.markHeld(null, id);
        }
        List<UUID> items = new ArrayList<>();
        for (JsonNode item : node.path("agenda")) {
            items.add(recorder.saveItem(null, id, null, new AgendaItemDetails(item.has("number") ? item.get("number").asInt() : null, item.get("title").asString(),
                    item.has("presenter") ? names.person(item.get("presenter").asString()) : null,
                    text(item, "presenterText"), item.path("exempt").asBoolean(), text(item, "exemptReason"),
                    text(item, "minutes"))).id());
        }
        for (JsonNode paper : node.path("papers")) {
            recorder.addPaper(null, id, item(items, paper), paper.get("title").asString(), text(paper, "link"));
        }
        List<Attendance> attendance = new ArrayList<>();
        node.path("attendance").forEach(one -> attendance.add(new Attendance(id,
                names.person(one.get("person").asString()), AttendanceStatus.valueOf(one.get("status").asString()),
                one.has("substituteFor") ? names.person(one.get("substituteFor").asString()) : null)));
        if (!attendance.isEmpty()) {
            recorder.recordAttendance(null, id, attendance);
        }
        for (JsonNode decision : node.path("decisions")) {
            recorder.recordDecision(null, id, item(items, decision), decision.get("text").asString());
        }
        for (JsonNode action : node.path("actions")) {
            MeetingAction recorded = recorder.recordAction(null, id, new NewAction(
                    action.get("description").asString(),
                    action.has("ownerPerson") ? names.person(action.get("ownerPerson").asString()) : null,
                    action.has("ownerOrganisation")
                            ? names.organisation(action.get("ownerOrganisation").asString()) : null,
                    LocalDate.parse(action.get("due").asString()), item(items, action)));
            for (JsonNode update : action.path("updates")) {
                recorder.updateAction(null, recorded.id(), ActionStatus.valueOf(update.get("status").asString()),
                        update.get("note").asString(), update.hasNonNull("on")
                                ? LocalDate.parse(update.get("on").asString()) : recorded.dueDate());
            }
        }
    }

    /** The agenda item a paper, decision or action is under, by its number in the file; null when none. */
    private static UUID item(List<UUID> items, JsonNode node) {
        return node.has("item") ? items.get(node.get("item").asInt() - 1) : null;
    }

    private Names names() {
        Map<String, BodyId> bodies = new HashMap<>();
        for (Body body : partnership.bodies()) {
            bodies.put(body.name() + "|" + body.owningOrganisationId(), body.id());
        }
        Map<String, UUID> organisations = new HashMap<>();
        directory.allOrganisations().forEach(org -> organisations.put(org.name(), org.id()));
        Map<String, UUID> people = new HashMap<>();
        directory.allPeopleUncheckedForDemoLoaders().forEach(person -> people.putIfAbsent(person.name(), person.id()));
        return new Names(bodies, organisations, people);
    }

    /** The demonstration's bodies (by name and owner), organisations and people by name. */
    private record Names(Map<String, BodyId> bodies, Map<String, UUID> organisations, Map<String, UUID> people) {

        BodyId body(JsonNode node) {
            String key = node.get("body").asString() + "|" + organisation(node.get("owner").asString());
            return require(bodies.get(key), "body", node.get("body").asString());
        }

        UUID organisation(String name) {
            return require(organisations.get(name), "organisation", name);
        }

        UUID person(String name) {
            return require(people.get(name), "person", name);
        }

        private static <T> T require(T found, String kind, String name) {
            if (found == null) {
                throw new IllegalStateException("The demonstration meetings name an unknown " + kind + ": " + name);
            }
            return found;
        }
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource("demo/meetings.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull() ? node.get(field).asString() : null;
    }
}
