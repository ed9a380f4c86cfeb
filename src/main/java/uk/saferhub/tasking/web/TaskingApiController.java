package uk.saferhub.tasking.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageResponse;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.tasking.Tasking;
import uk.saferhub.tasking.TaskingEditor;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityFilter;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.PriorityView;
import uk.saferhub.tasking.internal.TaskingChangeRefused;
import uk.saferhub.tasking.web.TaskingRequests.ActionRequest;
import uk.saferhub.tasking.web.TaskingRequests.PriorityRequest;
import uk.saferhub.tasking.web.TaskingResponses.ActionResponse;
import uk.saferhub.tasking.web.TaskingResponses.CycleResponse;
import uk.saferhub.tasking.web.TaskingResponses.GroupResponse;
import uk.saferhub.tasking.web.TaskingResponses.PriorityResponse;

/**
 * Tasking in the API: reads for readers who may see the group and the priority, writes for contributors who may
 * change it, as on the pages. A change over a stale version is 409 problem details naming what changed.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tasking", description = "Tasking groups, their priorities, actions and history across meetings")
class TaskingApiController {

    private final Tasking tasking;
    private final TaskingEditor editor;
    private final TaskingChoices choices;
    private final PageWords words;
    private final uk.saferhub.geography.Geography geography;

    TaskingApiController(Tasking tasking, TaskingEditor editor, TaskingChoices choices, PageWords words,
            uk.saferhub.geography.Geography geography) {
        this.geography = geography;
        this.tasking = tasking;
        this.editor = editor;
        this.choices = choices;
        this.words = words;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/groups")
    @Operation(summary = "The tasking groups you may see, with their agreed, active and monitored priorities counted")
    List<GroupResponse> groups(Actor actor) {
        return tasking.groups(actor).stream().map(GroupResponse::of).toList();
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/priorities")
    @Operation(summary = "Priorities you may see, filtered by group, status, category and place")
    PageResponse<PriorityResponse> priorities(Actor actor,
            @Parameter(description = "A tasking group's id") @RequestParam(required = false) UUID group,
            @Parameter(description = "PROPOSED, AGREED, ACTIVE, MONITORING, CLOSED_ACHIEVED or CLOSED_NOT_ACHIEVED")
            @RequestParam(required = false) PriorityStatus status,
            @Parameter(description = "A category's id") @RequestParam(required = false) UUID category,
            @Parameter(description = "A place's id: priorities naming it or any ward inside it (an area, a district)")
            @RequestParam(required = false) UUID place,
            @Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "25") int size) {
        if (page < 1 || size < 1 || size > 100) {
            throw new TaskingChangeRefused(null, "tasking.api.page.range");
        }
        java.util.Set<UUID> places = place == null ? null : placeAndItsWards(place);
        List<Priority> all = tasking.priorities(actor, new PriorityFilter(group, status, category, null)).stream()
                .filter(priority -> places == null || priority.placeIds().stream().anyMatch(places::contains))
                .toList();
        int from = (int) Math.min((long) (page - 1) * size, all.size());
        int to = Math.min(from + size, all.size());
        var names = choices.categoryNames();
        return PageResponse.of(all.subList(from, to), page, size, all.size(),
                priority -> PriorityResponse.summary(priority, names));
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/priorities/{id}")
    @Operation(summary = "One priority with its actions and its state at each meeting of its group")
    PriorityResponse priority(Actor actor, @PathVariable UUID id) {
        return PriorityResponse.of(tasking.priority(actor, id), choices.categoryNames());
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/priorities/{id}/history")
    @Operation(summary = "A priority's state at each meeting of its group, oldest first")
    List<CycleResponse> history(Actor actor, @PathVariable UUID id) {
        return tasking.priority(actor, id).history().stream().map(CycleResponse::of).toList();
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/tasking/groups/{bodyId}/priorities")
    @Operation(summary = "Add a priority to a tasking group")
    ResponseEntity<PriorityResponse> add(Actor actor, @PathVariable UUID bodyId,
            @RequestBody PriorityRequest request) {
        Priority added = editor.addPriority(actor, BodyId.of(bodyId), request.details());
        return ResponseEntity.created(URI.create("/api/v1/priorities/" + added.id()))
                .body(PriorityResponse.of(tasking.priority(actor, added.id()), choices.categoryNames()));
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PutMapping("/priorities/{id}")
    @Operation(summary = "Change a priority read at the version given; 409 when it was changed since")
    ResponseEntity<?> change(Actor actor, @PathVariable UUID id, @RequestBody PriorityRequest request) {
        PriorityView view = tasking.priority(actor, id);
        if (!view.mayEdit()) {
            throw new uk.saferhub.shared.access.RecordNotFoundException("tasking-priority", id);
        }
        int read = request.version() == null ? -1 : request.version();
        if (read != view.priority().version()) {
            return stale(editor.changedSince(id, read));
        }
        editor.revisePriority(actor, id, read, request.details());
        return ResponseEntity.ok(PriorityResponse.of(tasking.priority(actor, id), choices.categoryNames()));
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/priorities/{id}/actions")
    @Operation(summary = "Add an action under a priority")
    ResponseEntity<ActionResponse> addAction(Actor actor, @PathVariable UUID id, @RequestBody ActionRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ActionResponse.of(editor.addAction(actor, id, request.details())));
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PutMapping("/priorities/{id}/actions/{actionId}")
    @Operation(summary = "Update an action read at the version given: progress, status and outcome")
    ResponseEntity<?> changeAction(Actor actor, @PathVariable UUID id, @PathVariable UUID actionId,
            @RequestBody ActionRequest request) {
        var action = tasking.priority(actor, id).actions().stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new uk.saferhub.shared.access.RecordNotFoundException("tasking-action", actionId));
        int read = request.version() == null ? -1 : request.version();
        if (read != action.version()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    words.text("tasking.action.stale"));
            problem.setTitle(words.text("tasking.api.stale.title"));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.ok(ActionResponse.of(editor.reviseAction(actor, actionId, read, request.details())));
    }

    /** The place and the wards inside it; an unknown place is 404 (problem details). */
    private java.util.Set<UUID> placeAndItsWards(UUID place) {
        java.util.Set<UUID> places = new java.util.HashSet<>();
        places.add(place);
        geography.wardsWithin(place).forEach(ward -> places.add(ward.id()));
        return places;
    }

    private ResponseEntity<ProblemDetail> stale(Set<String> changed) {
        String fields = changed.stream().map(field -> words.text("tasking.field." + field))
                .collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, changed.isEmpty()
                ? words.text("tasking.priority.stale") : words.text("tasking.priority.staleFields", fields));
        problem.setTitle(words.text("tasking.api.stale.title"));
        problem.setProperty("changed", List.copyOf(changed));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
