package uk.saferhub.documents.web;

import java.util.Arrays;
import java.util.Collection;
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
import uk.saferhub.directory.PersonSummary;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentFilter;
import uk.saferhub.documents.DocumentListing;
import uk.saferhub.documents.DocumentStatus;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.documents.Documents;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * The options the document pages offer: types, statuses, handling levels, and the organisations, people, bodies and
 * documents the actor may choose from. A document's existing choices stay on offer even when the editor could not
 * pick them today, so saving the form never drops a party or an owner silently.
 */
@Component
class DocumentChoices {

    /** An option of a select or a checkbox. */
    record Choice(String value, String label) {
    }

    private final Documents documents;
    private final Directory directory;
    private final DirectoryListings listings;
    private final Partnership partnership;

    DocumentChoices(Documents documents, Directory directory, DirectoryListings listings, Partnership partnership) {
        this.documents = documents;
        this.directory = directory;
        this.listings = listings;
        this.partnership = partnership;
    }

    static List<Choice> types() {
        return Arrays.stream(DocumentType.values()).map(t -> new Choice(t.name(), t.label())).toList();
    }

    static List<Choice> statuses() {
        return Arrays.stream(DocumentStatus.values()).map(s -> new Choice(s.name(), s.label())).toList();
    }

    static List<Choice> handlingLevels() {
        return Arrays.stream(HandlingLevel.values()).map(level -> new Choice(level.name(), handlingLabel(level)))
                .toList();
    }

    static String handlingLabel(HandlingLevel level) {
        return switch (level) {
            case PUBLIC -> "Public: may be published once approved";
            case PARTNERSHIP -> "Partnership: the owner's partners and the parties";
            case AGENCY -> "Agency: the owning organisation only";
            case POLICE_ONLY -> "Police only: police organisations among the partners";
        };
    }

    /** The organisations sharing with the actor's, by name, with any already chosen. */
    List<Choice> organisations(Actor actor, Collection<UUID> chosen) {
        Map<UUID, String> names = new LinkedHashMap<>();
        listings.organisationChoices(actor).forEach(o -> names.put(o.id(), o.name()));
        for (UUID id : chosen) {
            if (id != null && !names.containsKey(id)) {
                directory.organisation(id).ifPresent(o -> names.put(o.id(), o.name()));
            }
        }
        return sorted(names);
    }

    /** The people the actor may see, named with their organisation, with any owners already chosen. */
    List<Choice> people(Actor actor, Collection<UUID> chosen) {
        Map<UUID, String> organisations = new HashMap<>();
        directory.allOrganisations().forEach(o -> organisations.put(o.id(), o.name()));
        Map<UUID, String> names = new LinkedHashMap<>();
        for (PersonSummary person : directory.peopleVisibleTo(actor)) {
            String organisation = organisations.get(person.organisationId());
            names.putIfAbsent(person.id(), organisation == null ? person.name()
                    : person.name() + " (" + organisation + ")");
        }
        // Owners already chosen stay on offer, named as the actor may know them.
        directory.namesAsSeenBy(actor, chosen).forEach(names::putIfAbsent);
        return sorted(names);
    }

    /** The bodies the actor may see, with the one already chosen. */
    List<Choice> bodies(Actor actor, BodyId chosen) {
        Map<UUID, String> names = new LinkedHashMap<>();
        partnership.bodies(actor).forEach(b -> names.put(b.id().value(), b.name()));
        if (chosen != null && !names.containsKey(chosen.value())) {
            partnership.body(chosen).map(Body::name).ifPresent(name -> names.put(chosen.value(), name));
        }
        return sorted(names);
    }

    /** The documents the actor may see in the register, except the one being edited. */
    List<Choice> documents(Actor actor, UUID except) {
        return documents.register(actor, DocumentFilter.all()).stream()
                .map(DocumentListing::document)
                .filter(d -> !d.id().equals(except))
                .sorted(Comparator.comparing(Document::title, String.CASE_INSENSITIVE_ORDER))
                .map(d -> new Choice(d.id().toString(), d.title() + " (" + d.type().label().toLowerCase() + ")"))
                .toList();
    }

    /** The organisations to filter the register by: those sharing with the actor's. */
    List<Choice> partyFilter(Actor actor) {
        return listings.organisationChoices(actor).stream()
                .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER))
                .map(o -> new Choice(o.id().toString(), o.name())).toList();
    }

    private static List<Choice> sorted(Map<UUID, String> names) {
        return names.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .map(e -> new Choice(e.getKey().toString(), e.getValue())).toList();
    }
}
