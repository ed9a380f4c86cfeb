package uk.saferhub.workforce.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.workforce.Workforce;

/** Names and choices of the organisations, people, schemes and wards an actor may see, for the workforce pages. */
@Component
class WorkforceNames {

    private final Workforce workforce;
    private final Directory directory;
    private final DirectoryListings listings;
    private final Geography geography;

    WorkforceNames(Workforce workforce, Directory directory, DirectoryListings listings, Geography geography) {
        this.workforce = workforce;
        this.directory = directory;
        this.listings = listings;
        this.geography = geography;
    }

    /** A snapshot of names for one request. */
    Lookup lookup(Actor actor) {
        Map<UUID, String> organisations = new HashMap<>();
        listings.organisationChoices(actor).forEach(org -> organisations.put(org.id(), org.name()));
        Map<UUID, String> people = new HashMap<>();
        directory.peopleVisibleTo(actor).forEach(person -> people.put(person.id(), person.name()));
        Map<UUID, String> schemes = new HashMap<>();
        workforce.schemes(actor).forEach(scheme -> schemes.put(scheme.id(), scheme.name()));
        Map<UUID, Place> wards = new HashMap<>();
        geography.places(PlaceType.WARD).forEach(ward -> wards.put(ward.id(), ward));
        return new Lookup(organisations, people, schemes, wards);
    }

    List<Choice> forces(Actor actor) {
        return organisations(actor).stream()
                .filter(org -> org.police() && org.type() != OrganisationType.NEIGHBOURHOOD_POLICING_TEAM)
                .map(org -> new Choice(org.id().toString(), org.name())).toList();
    }

    List<Choice> teams(Actor actor) {
        return organisations(actor).stream()
                .filter(org -> org.type() == OrganisationType.NEIGHBOURHOOD_POLICING_TEAM)
                .map(org -> new Choice(org.id().toString(), org.name())).toList();
    }

    List<Choice> funders(Actor actor) {
        return organisations(actor).stream().map(org -> new Choice(org.id().toString(), org.name())).toList();
    }

    List<Choice> people(Actor actor) {
        return directory.peopleVisibleTo(actor).stream()
                .map(person -> new Choice(person.id().toString(), person.name())).toList();
    }

    List<Choice> schemes(Actor actor) {
        return workforce.schemes(actor).stream()
                .map(scheme -> new Choice(scheme.id().toString(), scheme.name())).toList();
    }

    /** Every ward, grouped by the place above it (its district), districts and wards by name. */
    List<WardGroup> wardGroups() {
        Map<UUID, List<Place>> byParent = new LinkedHashMap<>();
        geography.places(PlaceType.WARD)
                .forEach(ward -> byParent.computeIfAbsent(ward.parentId(), k -> new ArrayList<>()).add(ward));
        List<WardGroup> groups = new ArrayList<>();
        byParent.forEach((parent, wards) -> groups.add(new WardGroup(
                parent == null ? "Wards in no district" : geography.place(parent).map(Place::name).orElse("Other wards"),
                wards)));
        groups.sort(Comparator.comparing(WardGroup::name, String.CASE_INSENSITIVE_ORDER));
        return groups;
    }

    private List<OrganisationSummary> organisations(Actor actor) {
        return listings.organisationChoices(actor);
    }

    /** The wards under one district, for a group of checkboxes. */
    record WardGroup(String name, List<Place> wards) {
    }

    /** Names by id; an id the reader may not see reads as "not shown". */
    record Lookup(Map<UUID, String> organisations, Map<UUID, String> people, Map<UUID, String> schemes,
            Map<UUID, Place> wards) {

        String organisation(UUID id) {
            return id == null ? null : organisations.getOrDefault(id, "An organisation not shown to you");
        }

        String person(UUID id) {
            return id == null ? null : people.getOrDefault(id, "A person not shown to you");
        }

        String scheme(UUID id) {
            return id == null ? null : schemes.getOrDefault(id, "A scheme not shown to you");
        }

        String ward(UUID id) {
            Place ward = id == null ? null : wards.get(id);
            return ward == null ? "Unknown ward" : ward.name();
        }

        String wardCode(UUID id) {
            Place ward = id == null ? null : wards.get(id);
            return ward == null ? null : ward.code();
        }
    }
}
