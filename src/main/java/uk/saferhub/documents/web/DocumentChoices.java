package uk.saferhub.documents.web;

import java.util.ArrayList;
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
import uk.saferhub.shared.web.Option;

/**
 * The options the document pages offer: types, statuses, handling levels, and the organisations, people, bodies and
 * documents the actor may choose from. A document's existing choices stay on offer even when the editor could not
 * pick them today, so saving the form never drops a party or an owner silently.
 */
@Component
class DocumentChoices {

    private final Documents documents;
    private final Directory directory;
    private final DirectoryListings listings;
    private final Partnership partnership;
    private final OptionLabels labels;

    DocumentChoices(Documents documents, Directory directory, DirectoryListings listings, Partnership partnership,
            OptionLabels labels) {
        this.documents = documents;
        this.directory = directory;
        this.listings = listings;
        this.partnership = partnership;
        this.labels = labels;
    }

    List<Option> types() {
        return labels.of(DocumentType.values(), "documents.type.");
    }

    List<Option> statuses() {
        return labels.of(DocumentStatus.values(), "documents.status.");
    }

    List<Option> handlingLevels() {
        return labels.of(HandlingLevel.values(), "documents.details.handlingLevel.");
    }

    /** The options with those chosen first, in the order chosen (the control block names the owners in it). */
    static List<Option> chosenFirst(List<Option> options, List<UUID> chosen) {
        List<Option> ordered = new ArrayList<>();
        for (UUID id : chosen) {
            options.stream().filter(o -> o.value().equals(id.toString()) && !ordered.contains(o)).findFirst()
                    .ifPresent(ordered::add);
        }
        options.stream().filter(o -> !ordered.contains(o)).forEach(ordered::add);
        return ordered;
    }

    /** The organisations sharing with the actor's, by name, with any already chosen. */
    List<Option> organisations(Actor actor, Collection<UUID> chosen) {
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
    List<Option> people(Actor actor, Collection<UUID> chosen) {
        Map<UUID, String> organisations = new HashMap<>();
        directory.allOrganisations().forEach(o -> organisations.put(o.id(), o.name()));
        Map<UUID, String> names = new LinkedHashMap<>();
        for (PersonSummary person : directory.peopleVisibleTo(actor)) {
            String organisation = organisations.get(person.organisationId());
            names.putIfAbsent(person.id(), organisation == null ? person.name()
                    : labels.text("documents.details.owner", person.name(), organisation));
        }
        // Owners already chosen stay on offer, named as the actor may know them.
        directory.namesAsSeenBy(actor, chosen).forEach(names::putIfAbsent);
        return sorted(names);
    }

    /** The bodies the actor may see, with the one already chosen. */
    List<Option> bodies(Actor actor, BodyId chosen) {
        Map<UUID, String> names = new LinkedHashMap<>();
        partnership.bodies(actor).forEach(b -> names.put(b.id().value(), b.name()));
        if (chosen != null && !names.containsKey(chosen.value())) {
            partnership.body(chosen).map(Body::name).ifPresent(name -> names.put(chosen.value(), name));
        }
        return sorted(names);
    }

    /** The documents the actor may see in the register, except the one being edited. */
    List<Option> documents(Actor actor, UUID except) {
        return documents.register(actor, DocumentFilter.all()).stream()
                .map(DocumentListing::document)
                .filter(d -> !d.id().equals(except))
                .sorted(Comparator.comparing(Document::title, String.CASE_INSENSITIVE_ORDER))
                .map(d -> Option.of(d.id(), labels.text("documents.details.relative", d.title(),
                        labels.text("documents.type." + d.type().name()).toLowerCase())))
                .toList();
    }

    /** The organisations to filter the register by: those sharing with the actor's. */
    List<Option> partyFilter(Actor actor) {
        return listings.organisationChoices(actor).stream()
                .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER))
                .map(o -> new Option(o.id().toString(), o.name())).toList();
    }

    private static List<Option> sorted(Map<UUID, String> names) {
        return names.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .map(e -> new Option(e.getKey().toString(), e.getValue())).toList();
    }
}
