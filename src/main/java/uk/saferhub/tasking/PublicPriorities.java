package uk.saferhub.tasking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.PriorityStore;

/**
 * The priorities marked PUBLIC, per area, for anyone without signing in. An area is named by the slug of the area a
 * tasking group covers ("East North East Leeds" is {@code east-north-east-leeds}). Only PUBLIC priorities that have
 * been agreed (not merely proposed) are shown, and only their title, outcome or RAG reason and dates.
 */
@Service
public class PublicPriorities {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Partnership partnership;
    private final PriorityStore priorities;

    PublicPriorities(Partnership partnership, PriorityStore priorities) {
        this.partnership = partnership;
        this.priorities = priorities;
    }

    /** The slug of an area's name: lower case, runs of anything but letters and digits as one hyphen. */
    public static String slug(String area) {
        return area.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The public priorities of the area named by the slug, live ones first; empty when no tasking group covers it. */
    @Transactional(readOnly = true)
    public Optional<List<PublicPriority>> ofArea(String area) {
        List<Body> groups = partnership.bodies().stream().filter(body -> body.type() == BodyType.TASKING_GROUP)
                .filter(body -> body.areaCovered() != null && slug(body.areaCovered()).equals(area)).toList();
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(priorities.ofGroups(groups.stream().map(body -> body.id().value()).toList()).stream()
                .filter(priority -> priority.handlingLevel() == HandlingLevel.PUBLIC)
                .filter(priority -> priority.status() != PriorityStatus.PROPOSED)
                .map(PublicPriorities::shown).toList());
    }

    private static PublicPriority shown(Priority priority) {
        String action = priority.status().closed() && priority.outcome() != null ? priority.outcome()
                : priority.ragReason();
        return new PublicPriority(priority.title(), LocalDate.ofInstant(priority.createdAt(), LONDON), action,
                LocalDate.ofInstant(priority.updatedAt(), LONDON));
    }

    /** The areas tasking groups cover, by name, with their slugs: the neighbourhoods with a public page. */
    @Transactional(readOnly = true)
    public java.util.SortedMap<String, String> areas() {
        java.util.SortedMap<String, String> areas = new java.util.TreeMap<>();
        partnership.bodies().stream().filter(body -> body.type() == BodyType.TASKING_GROUP)
                .filter(body -> body.areaCovered() != null && !body.areaCovered().isBlank())
                .forEach(body -> areas.put(body.areaCovered().strip(), slug(body.areaCovered())));
        return areas;
    }
}
