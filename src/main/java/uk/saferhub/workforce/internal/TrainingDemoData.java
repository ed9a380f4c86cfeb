package uk.saferhub.workforce.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.demo.DemoDataContributor;

/**
 * Seed 000's training: the District Council's April training event bringing in the service agreements, to which the
 * Scrutiny Panel's members are invited to meet the PCSOs (3.6), and the responsible dog ownership service agreement's
 * need for that training in its St Neots trial area (3.3), when the demonstration geography has that area. The seed
 * gives April after the February 2004 Cabinet but no day or venue, so the day is chosen and the venue left out.
 * Runs after the workforce core's demonstration PCSOs; audited as the system's; skips what is there already.
 */
@Component
class TrainingDemoData implements DemoDataContributor {

    static final String TOPIC = "Responsible dog ownership service agreement";
    static final String TITLE = "Service agreements: training for PCSOs";
    static final String HUNTINGDONSHIRE = "Huntingdonshire District Council";

    private final TrainingStore events;
    private final TrainingRequirementStore requirements;
    private final Directory directory;
    private final Geography geography;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    TrainingDemoData(TrainingStore events, TrainingRequirementStore requirements, Directory directory,
            Geography geography, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.events = events;
        this.requirements = requirements;
        this.directory = directory;
        this.geography = geography;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void load(JsonNode partnership) {
        UUID council = directory.organisationNamed(HUNTINGDONSHIRE).map(o -> o.id()).orElse(null);
        if (council == null) {
            return;
        }
        if (count("select count(*) from workforce_training_event where owner_id = ? and title = ?", council,
                TITLE) == 0) {
            var details = new TrainingEventDetails(TITLE, TOPIC, LocalDate.of(2004, 4, 20), null, HUNTINGDONSHIRE,
                    "Members of the Scrutiny Panel (Finance & Planning)");
            UUID id = UUID.randomUUID();
            events.insert(id, details, council, clock.instant());
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("title", details.title());
            fields.put("topic", details.topic());
            fields.put("heldOn", details.heldOn());
            fields.put("provider", details.provider());
            fields.put("invitedGuests", details.invitedGuests());
            fields.put("owner", council);
            audit.recordChange(AuditAction.CREATE, "training-event", id, "Training event added: " + TITLE,
                    Changes.created(fields));
        }
        recordAttendanceOfTheStNeotsPcsos(council);
        Place stNeots = geography.places(PlaceType.TRIAL_AREA).stream()
                .filter(place -> place.name().toLowerCase().contains("st neots")).findFirst().orElse(null);
        if (stNeots != null && count("select count(*) from workforce_training_requirement where owner_id = ?"
                + " and lower(topic) = lower(?)", council, TOPIC) == 0) {
            var details = new TrainingRequirementDetails(TOPIC,
                    "Service agreement for responsible dog ownership, piloted in the St Neots trial area",
                    stNeots.id(), null);
            UUID id = UUID.randomUUID();
            requirements.insert(id, details, council, clock.instant());
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("topic", details.topic());
            fields.put("requiredBy", details.requiredBy());
            fields.put("area", stNeots.name());
            fields.put("owner", council);
            audit.recordChange(AuditAction.CREATE, "training-requirement", id, "Training requirement added: " + TOPIC,
                    Changes.created(fields));
        }
    }

    /**
     * Three of the four St Neots PCSOs of the demonstration workforce attended; the fourth (collar 7104) did not, so
     * the St Neots requirement shows one gap.
     */
    private void recordAttendanceOfTheStNeotsPcsos(UUID council) {
        UUID event = jdbc.sql("select id from workforce_training_event where owner_id = ? and title = ?")
                .params(council, TITLE).query(UUID.class).optional().orElse(null);
        if (event == null || count("select count(*) from workforce_training_attendance where event_id = ?",
                event) > 0) {
            return;
        }
        UUID force = directory.organisationNamed("Cambridgeshire Constabulary").map(o -> o.id()).orElse(null);
        List<UUID> attended = jdbc.sql("""
                select id from workforce_pcso where force_id = ? and collar_number in ('7101', '7102', '7103')""")
                .param(force).query(UUID.class).list();
        for (UUID pcso : attended) {
            jdbc.sql("insert into workforce_training_attendance (event_id, pcso_id, attended) values (?, ?, true)")
                    .params(event, pcso).update();
        }
        if (!attended.isEmpty()) {
            audit.recordChange(AuditAction.UPDATE, "training-event", event, "Attendance recorded at " + TITLE,
                    Changes.none().field("attended", null, attended.size()));
        }
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
