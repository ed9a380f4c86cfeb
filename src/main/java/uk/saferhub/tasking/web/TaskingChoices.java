package uk.saferhub.tasking.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.partnership.Body;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.tasking.Tasking;
import uk.saferhub.tasking.internal.ActionKind;
import uk.saferhub.tasking.internal.ActionStatus;
import uk.saferhub.tasking.internal.Category;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.Rag;

/** The choices the tasking forms offer and the names its pages show, as one reader may see them. */
@Component
class TaskingChoices {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Tasking tasking;
    private final Directory directory;
    private final Geography geography;
    private final PageWords words;

    TaskingChoices(Tasking tasking, Directory directory, Geography geography, PageWords words) {
        this.tasking = tasking;
        this.directory = directory;
        this.geography = geography;
        this.words = words;
    }

    /** The current categories, environmental ones marked. */
    List<Option> categories() {
        return tasking.categories().stream().filter(category -> !category.retired())
                .map(category -> Option.of(category.id(), category.name() + (category.environmental()
                        ? " (" + words.text("tasking.environmental") + ")" : ""))).toList();
    }

    Map<UUID, String> categoryNames() {
        Map<UUID, String> names = new HashMap<>();
        tasking.categories().forEach(category -> names.put(category.id(), category.name()));
        return names;
    }

    List<Category> allCategories() {
        return tasking.categories();
    }

    /** The group's area and its wards, when the geography knows an area of the name it covers. */
    List<Option> places(Body group) {
        List<Option> options = new ArrayList<>();
        String covered = group.areaCovered() == null ? "" : group.areaCovered();
        geography.places(PlaceType.CITY_AREA).stream()
                .filter(area -> covered.startsWith(area.name()))
                .forEach(area -> {
                    options.add(Option.of(area.id(), area.name()));
                    geography.wardsWithin(area.id()).stream().sorted(Comparator.comparing(Place::name))
                            .forEach(ward -> options.add(Option.of(ward.id(), ward.name())));
                });
        return options;
    }

    Map<UUID, String> placeNames(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        ids.forEach(id -> geography.place(id).ifPresent(place -> names.put(id, place.name())));
        return names;
    }

    /** Organisations sharing with the reader's, by name. */
    List<Option> organisations(Actor actor) {
        return directory.allOrganisations().stream().filter(org -> actor.sharesWith(org.id()))
                .sorted(Comparator.comparing(org -> org.name().toLowerCase(Locale.ROOT)))
                .map(org -> Option.of(org.id(), org.name())).toList();
    }

    Map<UUID, String> organisationNames() {
        Map<UUID, String> names = new HashMap<>();
        directory.allOrganisations().forEach(org -> names.put(org.id(), org.name()));
        return names;
    }

    /** People the reader may see, by name. */
    List<Option> people(Actor actor) {
        return directory.peopleVisibleTo(actor).stream()
                .sorted(Comparator.comparing(person -> person.name().toLowerCase(Locale.ROOT)))
                .map(person -> Option.of(person.id(), person.name())).toList();
    }

    Map<UUID, String> peopleNames(Actor actor) {
        Map<UUID, String> names = new HashMap<>();
        directory.peopleVisibleTo(actor).forEach(person -> names.put(person.id(), person.name()));
        return names;
    }

    /** The group's recent and coming meetings, latest first, by day. */
    List<Option> cycles(Actor actor, Body group) {
        return tasking.cycles(actor, group).stream()
                .map(meeting -> Option.of(meeting.id(), meeting.start().format(DAY))).toList();
    }

    List<Option> statuses() {
        return words.options(PriorityStatus.values(), "tasking.status.");
    }

    List<Option> rags() {
        return words.options(Rag.values(), "tasking.rag.");
    }

    List<Option> levels() {
        return words.options(HandlingLevel.values(), "tasking.level.");
    }

    List<Option> kinds() {
        return words.options(ActionKind.values(), "tasking.kind.");
    }

    List<Option> actionStatuses() {
        return words.options(ActionStatus.values(), "tasking.actionStatus.");
    }

    /** The tasking groups the reader may see, as choices by name. */
    List<Option> groupOptions(uk.saferhub.shared.access.Actor actor) {
        return tasking.groupBodies(actor).stream()
                .map(group -> Option.of(group.id().value(), group.name())).toList();
    }

    /** A meeting's day as the pages write it ("7 February 2012"). */
    String day(java.time.ZonedDateTime start) {
        return DAY.format(start);
    }
}
