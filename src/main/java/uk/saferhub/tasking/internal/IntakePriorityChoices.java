package uk.saferhub.tasking.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.intake.PriorityChoice;
import uk.saferhub.intake.PriorityChoices;
import uk.saferhub.tasking.Tasking;
import uk.saferhub.shared.access.Actor;

/** Tasking's answer to intake: the live priorities to link to, the categories, the wards the groups cover. */
@Component
class IntakePriorityChoices implements PriorityChoices {

    private final Tasking tasking;
    private final Geography geography;

    IntakePriorityChoices(Tasking tasking, Geography geography) {
        this.tasking = tasking;
        this.geography = geography;
    }

    @Override
    public List<PriorityChoice> open(Actor actor) {
        Map<UUID, String> groups = groupNames(actor);
        return tasking.priorities(actor, PriorityFilter.none()).stream()
                .filter(priority -> priority.status().live() || priority.status() == PriorityStatus.PROPOSED)
                .map(priority -> new PriorityChoice(priority.id(), priority.title(),
                        groups.getOrDefault(priority.groupBodyId(), "")))
                .sorted(Comparator.comparing(PriorityChoice::groupName)
                        .thenComparing(choice -> choice.title().toLowerCase(Locale.ROOT)))
                .toList();
    }

    @Override
    public Optional<PriorityChoice> find(Actor actor, UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        Map<UUID, String> groups = groupNames(actor);
        return tasking.priorities(actor, PriorityFilter.none()).stream()
                .filter(priority -> priority.id().equals(id)).findFirst()
                .map(priority -> new PriorityChoice(priority.id(), priority.title(),
                        groups.getOrDefault(priority.groupBodyId(), "")));
    }

    @Override
    public List<CategoryChoice> categories() {
        return tasking.categories().stream().filter(category -> !category.retired())
                .map(category -> new CategoryChoice(category.id(), category.name(), category.environmental()))
                .toList();
    }

    @Override
    public List<UUID> wardsCovered(Actor actor) {
        Set<Place> wards = new LinkedHashSet<>();
        List<Place> areas = geography.places(PlaceType.CITY_AREA);
        for (TaskingGroup group : tasking.groups(actor)) {
            String covered = group.body().areaCovered() == null ? "" : group.body().areaCovered();
            areas.stream().filter(area -> covered.startsWith(area.name()))
                    .forEach(area -> wards.addAll(geography.wardsWithin(area.id())));
        }
        return wards.stream().sorted(Comparator.comparing(Place::name)).map(Place::id).toList();
    }

    private Map<UUID, String> groupNames(Actor actor) {
        Map<UUID, String> names = new HashMap<>();
        tasking.groups(actor).forEach(group -> names.put(group.body().id().value(), group.body().name()));
        return names;
    }
}
