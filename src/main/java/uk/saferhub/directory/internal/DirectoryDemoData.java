package uk.saferhub.directory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import uk.saferhub.directory.ContactRole;
import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationDetails;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.directory.PersonDetails;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.demo.DemoDataContributor;

/** The seeds' organisations, sharing agreements and people. Skips whatever already exists by name. */
@Component
class DirectoryDemoData implements DemoDataContributor {

    private final Directory directory;
    private final PersonStore people;

    DirectoryDemoData(Directory directory, PersonStore people) {
        this.directory = directory;
        this.people = people;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load(JsonNode partnership) {
        Map<String, UUID> ids = new HashMap<>();
        directory.allOrganisations().forEach(organisation -> ids.put(organisation.name(), organisation.id()));
        for (JsonNode node : partnership.get("organisations")) {
            String name = node.get("name").asString();
            if (ids.containsKey(name)) {
                continue;
            }
            UUID parent = node.has("parent") ? ids.get(node.get("parent").asString()) : null;
            var details = new OrganisationDetails(name, text(node, "shortName"),
                    OrganisationType.valueOf(node.get("type").asString()), parent, text(node, "website"),
                    text(node, "phone"), text(node, "email"));
            ids.put(name, directory.createOrganisation(details).id());
        }
        Set<String> agreements = new LinkedHashSet<>();
        directory.sharingAgreements().forEach(agreement -> agreements.add(agreement.name()));
        for (JsonNode node : partnership.get("sharingAgreements")) {
            String name = node.get("name").asString();
            if (agreements.contains(name)) {
                continue;
            }
            Set<UUID> parties = new LinkedHashSet<>();
            node.get("parties").forEach(party -> parties.add(require(ids, party.asString())));
            directory.createSharingAgreement(name, text(node, "description"), parties);
        }
        Set<String> existing = new LinkedHashSet<>();
        people.all().forEach(person -> existing.add(person.name() + "|" + person.organisationId()));
        for (JsonNode node : partnership.get("people")) {
            UUID organisation = require(ids, node.get("organisation").asString());
            String name = node.get("name").asString();
            if (existing.contains(name + "|" + organisation)) {
                continue;
            }
            List<ContactRole> roles = new ArrayList<>();
            for (JsonNode role : node.path("roles")) {
                UUID served = role.has("organisationServed") ? require(ids, role.get("organisationServed").asString())
                        : null;
                roles.add(new ContactRole(role.get("title").asString(), text(role, "areaServed"), served));
            }
            HandlingLevel level = node.has("handlingLevel")
                    ? HandlingLevel.valueOf(node.get("handlingLevel").asString()) : HandlingLevel.PARTNERSHIP;
            directory.createPerson(new PersonDetails(organisation, name, text(node, "jobTitle"), text(node, "email"),
                    text(node, "phone"), level, roles));
        }
    }

    private static UUID require(Map<String, UUID> ids, String name) {
        UUID id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("The demonstration partnership names an unknown organisation: " + name);
        }
        return id;
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asString() : null;
    }

}
