package uk.saferhub.tasking;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.tasking.internal.ActionDetails;
import uk.saferhub.tasking.internal.ActionKind;
import uk.saferhub.tasking.internal.ActionStatus;
import uk.saferhub.tasking.internal.Category;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityDetails;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.Rag;

/** The demonstration's Leeds tasking groups, places and organisations, and fresh priorities on them for tests. */
@Component
class TaskingTestData {

    private final Partnership partnership;
    private final Directory directory;
    private final Geography geography;
    private final Tasking tasking;
    private final TaskingEditor editor;

    TaskingTestData(Partnership partnership, Directory directory, Geography geography, Tasking tasking,
            TaskingEditor editor) {
        this.partnership = partnership;
        this.directory = directory;
        this.geography = geography;
        this.tasking = tasking;
        this.editor = editor;
    }

    Body group(String name) {
        return partnership.bodies().stream().filter(body -> body.type() == BodyType.TASKING_GROUP
                && body.name().equals(name)).findFirst().orElseThrow();
    }

    Body eastNorthEast() {
        return group("East North East local tasking group");
    }

    UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }

    UUID ward(String name) {
        return geography.places(PlaceType.WARD).stream().filter(place -> place.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    UUID category(String name) {
        return tasking.categories().stream().filter(category -> category.name().equals(name))
                .map(Category::id).findFirst().orElseThrow();
    }

    PriorityDetails details(String title, HandlingLevel level) {
        return new PriorityDetails(category("Graffiti"), title, List.of(ward("Gipton & Harehills")), null, null, null,
                "Tagging on shop shutters along the parade", "Twelve reports in six weeks",
                organisation("Safer Leeds"), null, List.of(organisation("Leeds City Council Environmental Services")),
                null, "Tags removed within five working days", PriorityStatus.ACTIVE, Rag.AMBER,
                "Removal is behind schedule", null, level);
    }

    Priority priority(String title, HandlingLevel level) {
        return editor.addPriority(null, eastNorthEast().id(), details(unique(title), level));
    }

    ActionDetails action(String what) {
        return new ActionDetails(what, organisation("Leeds City Council Environmental Services"), null,
                "Regulatory team", ActionKind.PROACTIVE, null, true, ActionStatus.OPEN, null);
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
