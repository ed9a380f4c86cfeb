package uk.saferhub.tasking.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.meetings.NewMeeting;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.demo.DemoDataContributor;
import uk.saferhub.tasking.TaskingEditor;

/**
 * Seed 001's tasking matrix from {@code demo/tasking.json}: the Leeds local tasking groups' first cycles (held meetings
 * on their six-weekly cadence, scheduled where the meetings module has none that day), and priorities whose state is
 * recorded at each cycle as they were carried forward, amended and closed, with their actions. Everything goes
 * through the services as the system, so it is audited; a group that already has priorities is skipped.
 */
@Component
class TaskingDemoData implements DemoDataContributor {

    private final Partnership partnership;
    private final Directory directory;
    private final Geography geography;
    private final Meetings meetings;
    private final MeetingScheduler scheduler;
    private final TaskingEditor editor;
    private final PriorityStore priorities;
    private final CategoryStore categories;
    private final JsonMapper json;

    TaskingDemoData(Partnership partnership, Directory directory, Geography geography, Meetings meetings,
            MeetingScheduler scheduler, TaskingEditor editor, PriorityStore priorities, CategoryStore categories,
            JsonMapper json) {
        this.partnership = partnership;
        this.directory = directory;
        this.geography = geography;
        this.meetings = meetings;
        this.scheduler = scheduler;
        this.editor = editor;
        this.priorities = priorities;
        this.categories = categories;
        this.json = json;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load(JsonNode partnershipDocument) {
        for (JsonNode group : read().get("groups")) {
            Body body = partnership.bodies().stream().filter(b -> b.name().equals(group.get("group").asString()))
                    .findFirst().orElseThrow();
            if (!priorities.ofGroups(List.of(body.id().value())).isEmpty()) {
                continue;
            }
            List<UUID> cycles = new ArrayList<>();
            LocalTime start = LocalTime.parse(group.get("startTime").asString());
            for (JsonNode day : group.get("cycles")) {
                cycles.add(cycle(body.id(), LocalDate.parse(day.asString()), start));
            }
            for (JsonNode priority : group.get("priorities")) {
                load(body, cycles, priority);
            }
        }
    }

    private UUID cycle(BodyId body, LocalDate day, LocalTime start) {
        List<Meeting> held = meetings.meetingsOn(body, day);
        Meeting meeting = held.isEmpty() ? scheduler.schedule(null, body,
                new NewMeeting(null, null, day.atTime(start), day.atTime(start).plusHours(2), null)) : held.getFirst();
        if (!meeting.held() && !meeting.cancelled()) {
            scheduler.markHeld(null, meeting.id());
        }
        return meeting.id();
    }

    private void load(Body body, List<UUID> cycles, JsonNode node) {
        int first = node.has("from") ? node.get("from").asInt() : 0;
        Priority priority = null;
        String title = text(node, "title");
        Wards wards = wards(node.get("wards"));
        JsonNode history = node.get("history");
        for (int i = 0; i < history.size(); i++) {
            JsonNode state = history.get(i);
            UUID meeting = cycles.get(first + i);
            if (state.has("title")) {
                title = text(state, "title");
            }
            if (state.has("wards")) {
                wards = wards(state.get("wards"));
            }
            PriorityDetails details = details(node, state, title, wards, cycles.get(first));
            priority = priority == null ? editor.addPriority(null, body.id(), details)
                    : editor.revisePriority(null, priority.id(), priority.version(), details);
            editor.recordCycle(null, priority.id(), meeting, text(state, "note"));
        }
        for (JsonNode action : node.get("actions")) {
            JsonNode due = action.get("due");
            editor.addAction(null, priority.id(), new ActionDetails(text(action, "what"),
                    organisation(text(action, "owner")), action.has("person") ? person(text(action, "person")) : null,
                    text(action, "team"), ActionKind.valueOf(text(action, "kind")),
                    due == null ? null : LocalDate.parse(due.asString()),
                    action.has("byNextCycle") && action.get("byNextCycle").asBoolean(),
                    ActionStatus.valueOf(text(action, "status")), text(action, "outcome"), figures(action)));
        }
    }

    /** An action's outcome figures: "figures": {"GRAFFITI_REMOVED": 14, ...}. */
    private static java.util.Map<OutcomeMeasure, Integer> figures(JsonNode action) {
        java.util.Map<OutcomeMeasure, Integer> figures = new java.util.EnumMap<>(OutcomeMeasure.class);
        if (action.has("figures")) {
            action.get("figures").properties().forEach(figure -> figures.put(OutcomeMeasure.valueOf(figure.getKey()),
                    figure.getValue().asInt()));
        }
        return figures;
    }

    private PriorityDetails details(JsonNode node, JsonNode state, String title, Wards wards, UUID started) {
        List<UUID> partners = new ArrayList<>();
        node.get("partners").forEach(name -> partners.add(organisation(name.asString())));
        String rag = text(state, "rag");
        return new PriorityDetails(categories.named(text(node, "category")).orElseThrow().id(), title, wards.ids(),
                wards.unknownNames(), null, null, text(node, "problem"), text(node, "evidence"), organisation(text(node, "owner")),
                person(text(node, "lead")), partners, started, text(node, "target"),
                PriorityStatus.valueOf(text(state, "status")), rag == null ? null : Rag.valueOf(rag),
                text(state, "reason"), text(state, "outcome"), HandlingLevel.valueOf(text(node, "level")));
    }

    /** The wards by name; without the reference boundaries (no wards imported) their names, as a location. */
    private Wards wards(JsonNode names) {
        List<UUID> ids = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        names.forEach(name -> geography.places(PlaceType.WARD).stream()
                .filter(place -> place.name().equals(name.asString())).findFirst()
                .ifPresentOrElse(place -> ids.add(place.id()), () -> unknown.add(name.asString())));
        return new Wards(ids, unknown.isEmpty() ? null : String.join(", ", unknown));
    }

    private record Wards(List<UUID> ids, String unknownNames) {
    }

    private UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow(() -> new IllegalStateException(name)).id();
    }

    private UUID person(String name) {
        return directory.allPeopleUncheckedForDemoLoaders().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name)).id();
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull() ? node.get(field).asString() : null;
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource("demo/tasking.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
