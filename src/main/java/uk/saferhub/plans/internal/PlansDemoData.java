package uk.saferhub.plans.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.plans.Answer;
import uk.saferhub.plans.DraftDetails;
import uk.saferhub.plans.Plan;
import uk.saferhub.plans.Objective;
import uk.saferhub.plans.PlanSection;
import uk.saferhub.plans.PlanVersion;
import uk.saferhub.plans.PlanWorkflow;
import uk.saferhub.plans.Recommendation;
import uk.saferhub.plans.ResponseKind;
import uk.saferhub.plans.Variation;
import uk.saferhub.shared.demo.DemoDataContributor;

/**
 * Seed 003's Plan and its variation (from {@code demo/plans.json}), taken through every step by the workflow itself
 * so the demonstration's record is what a user's would be. A Plan already held is left alone.
 */
@Component
class PlansDemoData implements DemoDataContributor {

    private final PlanStore store;
    private final AuditTrail audit;
    private final PlanWorkflow workflow;
    private final Directory directory;
    private final Partnership partnership;
    private final Meetings meetings;
    private final JsonMapper json;

    PlansDemoData(PlanStore store, AuditTrail audit, PlanWorkflow workflow, Directory directory, Partnership partnership,
            Meetings meetings, JsonMapper json) {
        this.store = store;
        this.audit = audit;
        this.workflow = workflow;
        this.directory = directory;
        this.partnership = partnership;
        this.meetings = meetings;
        this.json = json;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public void load(JsonNode partnershipDocument) {
        JsonNode demo;
        try (InputStream in = new ClassPathResource("demo/plans.json").getInputStream()) {
            demo = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode node : demo.get("plans")) {
            if (store.planByTitle(text(node, "title"), text(node, "term")).isPresent()) {
                continue;
            }
            loadPlan(node);
        }
    }

    private void loadPlan(JsonNode node) {
        UUID office = organisation(text(node, "office"));
        Body panel = partnership.bodies().stream().filter(body -> body.name().equals(text(node, "panel"))
                && body.owningOrganisationId().equals(organisation(text(node, "panelOwner")))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No body " + text(node, "panel")));
        LocalDate issuedOn = date(node, "issuedOn");
        // The Plan as issued in 2013 is loaded as it stood: the seed holds no record of that Plan's own review, so
        // none is made up; its variation below goes through every step.
        Plan plan = new Plan(UUID.randomUUID(), text(node, "title"), text(node, "term"), text(node, "commissioner"),
                office, organisation(text(node, "force")), panel.id(), node.get("electionYear").asInt(), List.of(),
                Set.of(), false);
        store.insert(plan);
        store.insert(new PlanVersion(plan.id(), 1, issuedOn, null, text(node, "summary"),
                objectives(node.get("objectives"))));
        audit.recordChange(AuditAction.CREATE, Plan.RECORD_TYPE, plan.id(), plan.title() + " " + plan.term()
                + " issued on " + issuedOn, Changes.created(Map.of("title", plan.title(), "term", plan.term(),
                        "version", 1)));
        for (JsonNode variation : node.path("variations")) {
            vary(plan.id(), variation, panel);
        }
    }

    private void vary(UUID planId, JsonNode node, Body panel) {
        Variation draft = workflow.draft(null, planId, new DraftDetails(text(node, "title"), text(node, "reason"),
                objectives(node.get("objectives"))));
        UUID id = draft.id();
        workflow.consult(null, id, version(id), date(node, "consultedOn"), text(node, "consultationResponse"));
        workflow.boardPaper(null, id, version(id), text(node, "board"), date(node, "boardOn"),
                text(node, "boardNote"));
        workflow.send(null, id, version(id), date(node, "sentOn"));
        Meeting review = meetings.meetingsOn(panel.id(), date(node, "reviewOn")).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No Panel meeting on " + node.get("reviewOn")));
        workflow.scheduleReview(null, id, version(id), review.id(), node.get("reviewItem").asInt());
        List<String> recommendations = new ArrayList<>();
        node.path("recommendations").forEach(text -> recommendations.add(text.asString()));
        workflow.report(null, id, version(id), date(node, "reportedOn"), text(node, "report"), recommendations);
        List<Recommendation> made = store.variation(id).orElseThrow().recommendations();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            JsonNode answer = node.get("answers").get(i);
            answers.add(new Answer(made.get(i).id(), ResponseKind.valueOf(text(answer, "response")),
                    text(answer, "reasons")));
        }
        workflow.respond(null, id, version(id), date(node, "respondedOn"), text(node, "response"), answers);
        workflow.publish(null, id, version(id), date(node, "publishedOn"), text(node, "publishedAt"));
        PlanVersion issued = workflow.issue(null, id, version(id), date(node, "issuedOn"));
        if (issued.number() < 2) {
            throw new IllegalStateException("The variation was not issued as a new version");
        }
    }

    private int version(UUID draft) {
        return store.variation(draft).orElseThrow().version();
    }

    private List<Objective> objectives(JsonNode nodes) {
        List<Objective> objectives = new ArrayList<>();
        for (JsonNode node : nodes) {
            List<PlanSection> sections = new ArrayList<>();
            node.get("sections").forEach(section -> sections.add(new PlanSection(text(section, "heading"),
                    text(section, "text"))));
            objectives.add(new Objective(node.get("number").asInt(), text(node, "title"), sections));
        }
        return objectives;
    }

    private UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow(() -> new IllegalStateException("No " + name)).id();
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        return LocalDate.parse(node.get(field).asString());
    }
}
