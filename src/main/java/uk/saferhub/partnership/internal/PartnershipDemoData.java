package uk.saferhub.partnership.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.directory.Person;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyDetails;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.MembershipDetails;
import uk.saferhub.partnership.MembershipRole;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.partnership.ThemeInterest;
import uk.saferhub.partnership.Tier;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.demo.DemoDataContributor;

/** The seeds' partnership bodies from {@code demo/partnership-structure.json}; skips bodies that already exist. */
@Component
class PartnershipDemoData implements DemoDataContributor {

    private final Directory directory;
    private final PartnershipEditor editor;
    private final BodyRelations relations;
    private final BodyGovernance governance;
    private final BodyStore bodies;
    private final JsonMapper json;

    PartnershipDemoData(Directory directory, PartnershipEditor editor, BodyRelations relations,
            BodyGovernance governance, BodyStore bodies, JsonMapper json) {
        this.directory = directory;
        this.editor = editor;
        this.relations = relations;
        this.governance = governance;
        this.bodies = bodies;
        this.json = json;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load(JsonNode partnership) {
        JsonNode structure = read();
        Map<String, UUID> organisations = new HashMap<>();
        directory.allOrganisations().forEach(org -> organisations.put(org.name(), org.id()));
        Map<String, BodyId> ids = new HashMap<>();
        bodies.all().forEach(body -> ids.put(body.name() + "|" + body.owningOrganisationId(), body.id()));
        Map<String, BodyId> byName = new HashMap<>();
        List<String> added = new ArrayList<>();
        for (JsonNode node : structure.get("bodies")) {
            String name = node.get("name").asString();
            UUID owner = require(organisations, node.get("owner").asString(), "organisation");
            BodyId existing = ids.get(name + "|" + owner);
            if (existing != null) {
                byName.put(name, existing);
                continue;
            }
            List<ThemeInterest> themes = new ArrayList<>();
            node.path("themes").forEach(theme -> themes.add(
                    new ThemeInterest(theme.get("theme").asString(), theme.get("lead").asBoolean())));
            Body body = editor.createBody(null, new BodyDetails(name, BodyType.valueOf(node.get("type").asString()),
                    Tier.valueOf(node.get("tier").asString()), text(node, "areaCovered"),
                    node.get("statutory").asBoolean(), text(node, "statutoryBasis"), text(node, "purpose"), owner,
                    node.has("handlingLevel") ? HandlingLevel.valueOf(node.get("handlingLevel").asString())
                            : HandlingLevel.PARTNERSHIP, themes));
            byName.put(name, body.id());
            added.add(name);
        }
        Map<String, UUID> people = new HashMap<>();
        for (Person person : directory.allPeopleUncheckedForDemoLoaders()) {
            people.putIfAbsent(person.name(), person.id());
        }
        for (JsonNode node : structure.get("relations")) {
            if (added.contains(node.get("from").asString())) {
                relations.add(null, require(byName, node.get("from").asString(), "body"),
                        require(byName, node.get("to").asString(), "body"),
                        RelationKind.valueOf(node.get("kind").asString()));
            }
        }
        for (JsonNode node : structure.get("governance")) {
            if (added.contains(node.get("body").asString())) {
                governance.save(null, require(byName, node.get("body").asString(), "body"), new Governance(
                        text(node, "termsOfReference"),
                        node.has("chair") ? require(people, node.get("chair").asString(), "person") : null,
                        node.has("quorum") ? node.get("quorum").asInt() : null, text(node, "meetingFrequency"),
                        node.has("lastReviewed") ? LocalDate.parse(node.get("lastReviewed").asString()) : null));
            }
        }
        for (JsonNode node : structure.get("memberships")) {
            if (added.contains(node.get("body").asString())) {
                editor.saveMembership(null, require(byName, node.get("body").asString(), "body"), null,
                        new MembershipDetails(require(people, node.get("person").asString(), "person"),
                                node.has("representingOrganisation") ? require(organisations,
                                        node.get("representingOrganisation").asString(), "organisation") : null,
                                node.has("representingBody") ? require(byName,
                                        node.get("representingBody").asString(), "body") : null,
                                MembershipRole.valueOf(node.get("role").asString()),
                                LocalDate.parse(node.get("from").asString()), null));
            }
        }
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource("demo/partnership-structure.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T require(Map<String, T> ids, String name, String kind) {
        T id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("The demonstration structure names an unknown " + kind + ": " + name);
        }
        return id;
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asString() : null;
    }
}
