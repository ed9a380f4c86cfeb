package uk.saferhub.tasking.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Geography;

/**
 * The rules a priority and an action must keep before they are stored: what is required, how long text may be, and
 * that the places, organisations and people named exist. Each refusal names its field.
 */
@Component
public class TaskingRules {

    /** The largest count an outcome figure may have. */
    static final int FIGURE_LIMIT = 100_000;

    public static final int TITLE_LIMIT = 200;
    public static final int TEXT_LIMIT = 4000;

    private final Directory directory;
    private final Geography geography;
    private final CategoryStore categories;

    TaskingRules(Directory directory, Geography geography, CategoryStore categories) {
        this.directory = directory;
        this.geography = geography;
        this.categories = categories;
    }

    /** The details as they will be stored (text stripped, blanks as none), or refused. */
    public PriorityDetails checked(PriorityDetails d, UUID currentCategory) {
        Category category = d.categoryId() == null ? null : categories.find(d.categoryId()).orElse(null);
        if (category == null || category.retired() && !category.id().equals(currentCategory)) {
            throw new TaskingChangeRefused("categoryId", "tasking.priority.category.required");
        }
        String title = required(d.title(), "title", "tasking.priority.title.required", TITLE_LIMIT);
        String problem = required(d.problem(), "problem", "tasking.priority.problem.required", TEXT_LIMIT);
        String location = optional(d.locationText(), "locationText", 300);
        if ((d.latitude() == null) != (d.longitude() == null)) {
            throw new TaskingChangeRefused("latitude", "tasking.priority.point.both");
        }
        if (d.latitude() != null && (Math.abs(d.latitude()) > 90 || Math.abs(d.longitude()) > 180)) {
            throw new TaskingChangeRefused("latitude", "tasking.priority.point.range");
        }
        List<UUID> places = List.copyOf(new java.util.LinkedHashSet<>(d.placeIds()));
        if (places.stream().anyMatch(place -> geography.place(place).isEmpty())) {
            throw new TaskingChangeRefused("placeIds", "tasking.priority.place.unknown");
        }
        if (places.isEmpty() && location == null && d.latitude() == null) {
            throw new TaskingChangeRefused("placeIds", "tasking.priority.place.required");
        }
        if (d.ownerOrganisationId() == null || directory.organisation(d.ownerOrganisationId()).isEmpty()) {
            throw new TaskingChangeRefused("ownerOrganisationId", "tasking.priority.owner.required");
        }
        if (d.leadPersonId() != null && directory.knownPeople(Set.of(d.leadPersonId())).isEmpty()) {
            throw new TaskingChangeRefused("leadPersonId", "tasking.priority.lead.unknown");
        }
        Set<UUID> partners = new HashSet<>(d.partnerOrganisationIds());
        if (partners.stream().anyMatch(partner -> directory.organisation(partner).isEmpty())) {
            throw new TaskingChangeRefused("partnerOrganisationIds", "tasking.priority.partners.unknown");
        }
        if (d.status() == null) {
            throw new TaskingChangeRefused("status", "tasking.priority.status.required");
        }
        String reason = optional(d.ragReason(), "ragReason", 2000);
        if (d.rag() != null && reason == null) {
            throw new TaskingChangeRefused("ragReason", "tasking.priority.ragReason.required");
        }
        String outcome = optional(d.outcome(), "outcome", TEXT_LIMIT);
        if (d.status().closed() && outcome == null) {
            throw new TaskingChangeRefused("outcome", "tasking.priority.outcome.required");
        }
        if (d.handlingLevel() == null) {
            throw new TaskingChangeRefused("handlingLevel", "tasking.priority.handlingLevel.required");
        }
        return new PriorityDetails(category.id(), title, places, location, d.latitude(), d.longitude(), problem,
                optional(d.evidence(), "evidence", TEXT_LIMIT), d.ownerOrganisationId(), d.leadPersonId(),
                List.copyOf(partners), d.startedMeetingId(), optional(d.targetOutcome(), "targetOutcome", TEXT_LIMIT),
                d.status(), d.rag(), d.rag() == null ? null : reason, outcome, d.handlingLevel());
    }

    /** The action as it will be stored, or refused: an owner, a due date or "by next cycle", an outcome when done. */
    public ActionDetails checked(ActionDetails a) {
        String description = required(a.description(), "description", "tasking.action.description.required", 2000);
        if (a.ownerOrganisationId() == null || directory.organisation(a.ownerOrganisationId()).isEmpty()) {
            throw new TaskingChangeRefused("ownerOrganisationId", "tasking.action.owner.required");
        }
        if (a.ownerPersonId() != null && directory.knownPeople(Set.of(a.ownerPersonId())).isEmpty()) {
            throw new TaskingChangeRefused("ownerPersonId", "tasking.action.person.unknown");
        }
        if (a.kind() == null) {
            throw new TaskingChangeRefused("kind", "tasking.action.kind.required");
        }
        if (a.dueDate() == null && !a.byNextCycle()) {
            throw new TaskingChangeRefused("dueDate", "tasking.action.due.required");
        }
        ActionStatus status = a.status() == null ? ActionStatus.OPEN : a.status();
        String outcome = optional(a.outcome(), "outcome", TEXT_LIMIT);
        if (status.finished() && outcome == null) {
            throw new TaskingChangeRefused("outcome", "tasking.action.outcome.required");
        }
        for (var figure : a.figures().entrySet()) {
            if (figure.getValue() == null || figure.getValue() < 0 || figure.getValue() > FIGURE_LIMIT) {
                throw new TaskingChangeRefused("figures[" + figure.getKey().name() + "]", "tasking.action.figure.range",
                        String.valueOf(FIGURE_LIMIT));
            }
        }
        java.util.Map<OutcomeMeasure, Integer> figures = new java.util.EnumMap<>(OutcomeMeasure.class);
        a.figures().forEach((measure, count) -> {
            if (count > 0) {
                figures.put(measure, count);
            }
        });
        return new ActionDetails(description, a.ownerOrganisationId(), a.ownerPersonId(),
                optional(a.ownerTeam(), "ownerTeam", 200), a.kind(), a.byNextCycle() ? null : a.dueDate(),
                a.byNextCycle(), status, outcome, figures);
    }

    private static String required(String text, String field, String key, int limit) {
        String value = optional(text, field, limit);
        if (value == null) {
            throw new TaskingChangeRefused(field, key);
        }
        return value;
    }

    private static String optional(String text, String field, int limit) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > limit) {
            throw new TaskingChangeRefused(field, "tasking.text.tooLong", String.valueOf(limit));
        }
        return text.strip();
    }
}
