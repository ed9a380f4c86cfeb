package uk.saferhub.workforce.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.Option;
import uk.saferhub.workforce.internal.ActiveAttachment;
import uk.saferhub.workforce.internal.AttachmentRole;
import uk.saferhub.workforce.internal.Workforce;

/**
 * Names and choices of the organisations, people, schemes and wards an actor may see, and the names of the
 * workforce's own values (statuses, roles, kinds), for the workforce pages; the words come from messages.
 */
@Component
class WorkforceNames {

    private final Workforce workforce;
    private final Directory directory;
    private final DirectoryListings listings;
    private final Geography geography;
    private final MessageSourceAccessor text;

    WorkforceNames(Workforce workforce, Directory directory, DirectoryListings listings, Geography geography,
            MessageSource messages) {
        this.workforce = workforce;
        this.directory = directory;
        this.listings = listings;
        this.geography = geography;
        this.text = new MessageSourceAccessor(messages);
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
        return new Lookup(organisations, people, schemes, wards, text);
    }

    /** A message of the workforce pages. */
    String text(String key, Object... arguments) {
        return text.getMessage(key, arguments);
    }

    /** The choices of an enum of the workforce, labelled by the messages {@code prefix + constant}. */
    List<Option> options(Enum<?>[] values, String prefix) {
        return Arrays.stream(values).map(value -> Option.of(value, text.getMessage(prefix + value.name()))).toList();
    }

    List<Option> forces(Actor actor) {
        return organisations(actor).stream()
                .filter(org -> org.police() && org.type() != OrganisationType.NEIGHBOURHOOD_POLICING_TEAM)
                .map(org -> Option.of(org.id(), org.name())).toList();
    }

    List<Option> teams(Actor actor) {
        return organisations(actor).stream()
                .filter(org -> org.type() == OrganisationType.NEIGHBOURHOOD_POLICING_TEAM)
                .map(org -> Option.of(org.id(), org.name())).toList();
    }

    List<Option> funders(Actor actor) {
        return organisations(actor).stream().map(org -> Option.of(org.id(), org.name())).toList();
    }

    List<Option> people(Actor actor) {
        return directory.peopleVisibleTo(actor).stream().map(person -> Option.of(person.id(), person.name()))
                .toList();
    }

    List<Option> schemes(Actor actor) {
        return workforce.schemes(actor).stream().map(scheme -> Option.of(scheme.id(), scheme.name())).toList();
    }

    /** Every ward, grouped by the place above it (its district), districts and wards by name. */
    List<WardGroup> wardGroups() {
        Map<UUID, List<Place>> byParent = new LinkedHashMap<>();
        geography.places(PlaceType.WARD)
                .forEach(ward -> byParent.computeIfAbsent(ward.parentId(), k -> new ArrayList<>()).add(ward));
        List<WardGroup> groups = new ArrayList<>();
        byParent.forEach((parent, wards) -> groups.add(new WardGroup(parent == null
                ? text.getMessage("workforce.wards.inNoDistrict")
                : geography.place(parent).map(Place::name).orElse(text.getMessage("workforce.wards.other")), wards)));
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
            Map<UUID, Place> wards, MessageSourceAccessor text) {

        String organisation(UUID id) {
            return id == null ? null : organisations.getOrDefault(id,
                    text.getMessage("workforce.organisation.notShown"));
        }

        String person(UUID id) {
            return id == null ? null : people.getOrDefault(id, text.getMessage("workforce.person.notShown"));
        }

        String scheme(UUID id) {
            return id == null ? null : schemes.getOrDefault(id, text.getMessage("workforce.scheme.notShown"));
        }

        String ward(UUID id) {
            Place ward = id == null ? null : wards.get(id);
            return ward == null ? text.getMessage("workforce.ward.unknown") : ward.name();
        }

        String wardCode(UUID id) {
            Place ward = id == null ? null : wards.get(id);
            return ward == null ? null : ward.code();
        }

        /** The ward's name, marked when the PCSO only covers it: "Central (cover)". */
        String ward(UUID id, AttachmentRole role) {
            return role == AttachmentRole.COVER ? text.getMessage("workforce.ward.cover", new Object[] {ward(id)})
                    : ward(id);
        }

        /** The wards each PCSO is attached to, by PCSO. */
        Map<UUID, List<String>> wardsByPcso(List<ActiveAttachment> attachments) {
            return attachments.stream().collect(Collectors.groupingBy(ActiveAttachment::pcsoId,
                    Collectors.mapping(a -> ward(a.wardId(), a.role()), Collectors.toList())));
        }
    }
}
