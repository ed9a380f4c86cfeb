package uk.saferhub.workforce.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.demo.DemoDataContributor;

/**
 * The seeds' PCSO schemes, team posts and PCSOs from {@code demo/workforce.json}, attached to the real wards the
 * demonstration geography loaded (after it: order 60); a ward that is not there (no reference data) is left out with
 * one log line. Skips what exists, so a second start changes nothing.
 */
@Component
class WorkforceDemoData implements DemoDataContributor {

    private static final Logger LOG = LoggerFactory.getLogger(WorkforceDemoData.class);

    private final WorkforceEditor editor;
    private final Workforce workforce;
    private final Directory directory;
    private final Geography geography;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    private final PatrolPlanStore shifts;

    WorkforceDemoData(WorkforceEditor editor, Workforce workforce, Directory directory, Geography geography,
            JsonMapper json, JdbcClient jdbc, PatrolPlanStore shifts) {
        this.shifts = shifts;
        this.jdbc = jdbc;
        this.editor = editor;
        this.workforce = workforce;
        this.directory = directory;
        this.geography = geography;
        this.json = json;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load(JsonNode partnership) {
        JsonNode data = read();
        Map<String, UUID> schemes = new HashMap<>();
        workforce.allSchemes().forEach(scheme -> schemes.put(scheme.name(), scheme.id()));
        for (JsonNode node : data.get("schemes")) {
            String name = node.get("name").asString();
            if (!schemes.containsKey(name)) {
                FundingScheme created = editor.createScheme(null, new SchemeDetails(name,
                        organisation(node.get("funder").asString()),
                        new BigDecimal(node.get("sharePercent").asString()), null, node.get("posts").asInt(), null,
                        LocalDate.parse(node.get("from").asString()), null, node.get("conditions").asString(),
                        HandlingLevel.PARTNERSHIP));
                schemes.put(name, created.id());
            }
        }
        for (JsonNode node : data.get("teams")) {
            UUID team = organisation(node.get("team").asString());
            if (jdbc.sql("select count(*) from workforce_team_posts where team_id = ?").param(team)
                    .query(Long.class).single() == 0) {
                editor.setEstablishment(null, team, node.get("establishment").asInt());
            }
        }
        Map<String, Pcso> existing = new HashMap<>();
        workforce.allPcsos(PcsoFilter.all()).forEach(pcso -> existing.put(pcso.forceId() + "|" + pcso.collarNumber(),
                pcso));
        List<String> missingWards = new ArrayList<>();
        for (JsonNode node : data.get("pcsos")) {
            UUID force = organisation(node.get("force").asString());
            String collar = node.get("collar").asString();
            if (existing.containsKey(force + "|" + collar)) {
                shiftsOf(existing.get(force + "|" + collar).id(), node, data);
                continue;
            }
            UUID person = node.hasNonNull("person") ? directory.allPeopleUncheckedForDemoLoaders().stream()
                    .filter(p -> p.name().equals(node.get("person").asString())).map(p -> p.id()).findFirst()
                    .orElse(null) : null;
            Pcso pcso = editor.createPcso(null, new PcsoDetails("PCSO " + collar, collar, force,
                    node.hasNonNull("team") ? organisation(node.get("team").asString()) : null, null, person,
                    node.hasNonNull("scheme") ? schemes.get(node.get("scheme").asString()) : null,
                    LocalDate.parse(node.get("start").asString()), PcsoStatus.ACTIVE));
            shiftsOf(pcso.id(), node, data);
            List<UUID> wards = new ArrayList<>();
            node.get("wards").forEach(code -> geography.place(PlaceType.WARD, code.asString()).map(Place::id)
                    .ifPresentOrElse(wards::add, () -> missingWards.add(code.asString())));
            if (!wards.isEmpty()) {
                editor.attach(null, pcso.id(), new NewAttachment(wards, AttachmentRole.DESIGNATED,
                        LocalDate.parse(node.get("from").asString()), null));
            }
        }
        if (!missingWards.isEmpty()) {
            LOG.info("Demonstration PCSOs loaded without {} ward attachments: those wards are not loaded (no "
                    + "reference boundary data)", missingWards.size());
        }
    }

    /** The PCSO's shift pattern from the demonstration's patterns, when they have none yet. */
    private void shiftsOf(UUID pcso, JsonNode node, JsonNode data) {
        if (!node.hasNonNull("shifts") || !shifts.shiftsOf(List.of(pcso)).isEmpty()) {
            return;
        }
        for (JsonNode shift : data.get("shiftPatterns").get(node.get("shifts").asString())) {
            String[] parts = shift.asString().split("[ -]");
            shifts.insertShift(new PatrolShift(UUID.randomUUID(), pcso, java.time.DayOfWeek.valueOf(parts[0]),
                    java.time.LocalTime.parse(parts[1]), java.time.LocalTime.parse(parts[2])), java.time.Instant.now());
        }
    }

    private UUID organisation(String name) {
        return directory.organisationNamed(name).map(OrganisationSummary::id).orElseThrow(() ->
                new IllegalStateException("demo/workforce.json names an unknown organisation: " + name));
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource("demo/workforce.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
