package uk.saferhub.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.directory.Person;
import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.Approvals;
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentDetails;
import uk.saferhub.documents.DocumentEditor;
import uk.saferhub.documents.ApprovedDocumentSteps;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.documents.NewApproval;
import uk.saferhub.documents.NewCirculation;
import uk.saferhub.documents.NewComment;
import uk.saferhub.documents.NewPilot;
import uk.saferhub.documents.Recipient;
import uk.saferhub.documents.ServiceAgreementDetails;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.meetings.Decision;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.demo.DemoDataContributor;

/**
 * The seeds' agreements and protocols from {@code demo/documents.json}, each taken through its recorded history
 * (circulations, comments, new drafts, approval, coming into force, publication, pilot) by the services as the
 * system, so every step is audited. A document whose title is already registered is skipped.
 */
@Component
class DocumentsDemoData implements DemoDataContributor {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentsDemoData.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final DocumentStore store;
    private final ProceedingsStore proceedings;
    private final DocumentEditor editor;
    private final Consultations consultations;
    private final Approvals approvals;
    private final ApprovedDocumentSteps standing;
    private final ServiceAgreements agreements;
    private final Directory directory;
    private final Partnership partnership;
    private final Meetings meetings;
    private final Geography geography;
    private final JsonMapper json;

    DocumentsDemoData(DocumentStore store, ProceedingsStore proceedings, DocumentEditor editor, Consultations consultations,
            Approvals approvals, ApprovedDocumentSteps standing, ServiceAgreements agreements, Directory directory,
            Partnership partnership, Meetings meetings, Geography geography, JsonMapper json) {
        this.store = store;
        this.proceedings = proceedings;
        this.editor = editor;
        this.consultations = consultations;
        this.approvals = approvals;
        this.standing = standing;
        this.agreements = agreements;
        this.directory = directory;
        this.partnership = partnership;
        this.meetings = meetings;
        this.geography = geography;
        this.json = json;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void load(JsonNode partnershipDocument) {
        Set<String> registered = new java.util.HashSet<>();
        store.all().forEach(d -> registered.add(d.title()));
        Map<String, UUID> byKey = new HashMap<>();
        store.all().forEach(d -> byKey.put(d.title(), d.id()));
        for (JsonNode node : read().get("documents")) {
            String title = node.get("title").asString();
            if (registered.contains(title)) {
                byKey.put(node.get("key").asString(), byKey.get(title));
                continue;
            }
            Document document = register(node, byKey);
            byKey.put(node.get("key").asString(), document.id());
            if (node.has("agreement")) {
                JsonNode a = node.get("agreement");
                agreements.describe(null, document.id(), new ServiceAgreementDetails(text(a, "councilService"),
                        text(a, "powers"), text(a, "deliveringRole"), text(a, "duties"), text(a, "referral"),
                        text(a, "trainingRequired")));
            }
            for (JsonNode step : node.path("history")) {
                apply(document, step);
            }
        }
    }

    private Document register(JsonNode node, Map<String, UUID> byKey) {
        List<UUID> owners = new ArrayList<>();
        node.path("owners").forEach(name -> owners.add(person(name.asString())));
        Set<UUID> parties = new LinkedHashSet<>();
        node.path("parties").forEach(name -> parties.add(organisation(name.asString())));
        DocumentDetails details = new DocumentDetails(DocumentType.valueOf(node.get("type").asString()),
                node.get("title").asString(), text(node, "summary"), organisation(node.get("owner").asString()),
                HandlingLevel.valueOf(node.get("handlingLevel").asString()),
                node.has("approvingBody") ? body(node.get("approvingBody").asString()) : null,
                node.has("parent") ? byKey.get(node.get("parent").asString()) : null, null,
                node.has("reviewPeriodMonths") ? node.get("reviewPeriodMonths").asInt() : null, parties, owners);
        Document document = editor.register(null, details, node.get("content").asString(), null);
        store.backdate(store.versions(document.id()).getFirst().id(), startOf(node.get("writtenOn").asString()));
        return document;
    }

    private void apply(Document document, JsonNode step) {
        UUID id = document.id();
        switch (step.get("step").asString()) {
            case "circulate" -> {
                List<Recipient> recipients = new ArrayList<>();
                step.path("to").forEach(to -> recipients.add(recipient(to.asString())));
                consultations.circulate(null, id, new NewCirculation(
                        CirculationPurpose.valueOf(step.get("purpose").asString()), recipients, text(step, "label"),
                        date(step, "sentOn"), step.path("monthOnly").asBoolean(), date(step, "closesOn"),
                        text(step, "note")));
            }
            case "comment" -> {
                UUID circulation = proceedings.circulations(id).getLast().id();
                consultations.comment(null, circulation, new NewComment(text(step, "section"),
                        recipient(step.get("by").asString()), step.get("text").asString(), date(step, "receivedOn")));
            }
            case "draft" -> store.backdate(editor.saveDraft(null, id, step.get("content").asString(),
                    text(step, "note")).id(), startOf(step.get("on").asString()));
            case "approve" -> {
                if (step.has("meeting")) {
                    BodyId body = body(step.get("meeting").get("body").asString());
                    Meeting meeting = meetings.meetingsOn(body, date(step.get("meeting"), "date")).getFirst();
                    UUID decision = meetings.decisionsOf(meeting).stream()
                            .filter(d -> d.text().startsWith(step.get("decision").asString())).map(Decision::id)
                            .findFirst().orElse(null);
                    approvals.approve(null, id, new NewApproval(null, meeting.id(), decision, null, null));
                } else {
                    approvals.approve(null, id, NewApproval.delegated(null, text(step, "delegatedTo"),
                            date(step, "decidedOn")));
                }
                store.versions(id).stream().filter(v -> v.approved()).reduce((a, b) -> b)
                        .ifPresent(v -> store.backdate(v.id(), startOf(step.has("decidedOn")
                                ? step.get("decidedOn").asString() : step.get("meeting").get("date").asString())));
            }
            case "inForce" -> standing.bringIntoForce(null, id, date(step, "from"));
            case "publish" -> standing.publish(null, id, true);
            case "pilot" -> {
                Place place = geography.place(PlaceType.TRIAL_AREA, step.get("place").asString()).orElse(null);
                if (place == null) {
                    LOG.info("Demonstration pilot of \"{}\" left out: trial area {} is not loaded (no reference"
                            + " boundaries)", document.title(), step.get("place").asString());
                    return;
                }
                agreements.startPilot(null, id, new NewPilot(place.id(), date(step, "startsOn"),
                        date(step, "endsOn"), text(step, "criteria")));
            }
            default -> throw new IllegalStateException("Unknown demonstration step " + step.get("step"));
        }
    }

    private Recipient recipient(String key) {
        String name = key.substring(key.indexOf(':') + 1);
        return key.startsWith("body:") ? Recipient.body(body(name), name)
                : Recipient.organisation(organisation(name), name);
    }

    private UUID organisation(String name) {
        return directory.organisationNamed(name).map(OrganisationSummary::id)
                .orElseThrow(() -> new IllegalStateException("No demonstration organisation " + name));
    }

    private UUID person(String name) {
        return directory.allPeopleUncheckedForDemoLoaders().stream().filter(p -> p.name().equals(name)).map(Person::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demonstration person " + name));
    }

    private BodyId body(String name) {
        return partnership.bodies().stream().filter(b -> b.name().equals(name)).map(Body::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demonstration body " + name));
    }

    private static java.time.Instant startOf(String day) {
        return LocalDate.parse(day).atTime(9, 0).atZone(LONDON).toInstant();
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.has(field) ? LocalDate.parse(node.get(field).asString()) : null;
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull() ? node.get(field).asString() : null;
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource("demo/documents.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
