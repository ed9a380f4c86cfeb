package uk.saferhub.harness;

import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.documents.Attachments;
import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.DocumentDetails;
import uk.saferhub.documents.DocumentEditor;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.documents.NewCirculation;
import uk.saferhub.documents.Recipient;
import uk.saferhub.geography.internal.BoundaryUploads;
import uk.saferhub.identity.Identity;
import uk.saferhub.identity.NewUser;
import uk.saferhub.meetings.internal.CalendarFeeds;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.tasking.TaskingEditor;
import uk.saferhub.tasking.internal.ActionDetails;
import uk.saferhub.tasking.internal.ActionKind;
import uk.saferhub.tasking.internal.ActionStatus;
import uk.saferhub.tasking.internal.PriorityDetails;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.meetings.internal.CalendarSubscription;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.DemoUsers;

/**
 * For every kind of record a request mapping names in its path, a query that finds one such record the walk's
 * caller of another organisation ({@value #OTHER_ORGANISATION}, Safer Leeds partnership) may not see: owned outside
 * every sharing agreement of Leeds City Council and not {@code PUBLIC}. The same record, owned in Cambridgeshire and
 * Peterborough (or Hertfordshire where Cambridgeshire has none), is what the walk's wrong-role callers ask for.
 *
 * <p>A record is addressed by its mapping's path up to its last path variable, without {@code /api/v1}: pages and
 * API share an entry where their paths agree. A query answers one row whose columns are named after the path
 * variables. A mapping whose address is neither here nor in {@link #NOT_WALKED} fails the walk, so a new module's
 * records cannot escape it.
 */
final class RecordsOutOfReach {

    /** The administrator of another organisation: has every role, shares nothing with Cambridgeshire or Herts. */
    static final String OTHER_ORGANISATION = "leeds.admin";

    /** Addresses the wrong-organisation walk leaves out, with the reason. */
    static final Map<String, String> NOT_WALKED = Map.of(
            "/places/{id}", "places and boundaries are reference data every signed-in user sees",
            "/places/imports/{importId}", "a boundary import is reference data, as the places it made are",
            "/calendars/feeds/{token}", "public: the secret token in the address is the credential",
            "/tasking/categories/{categoryId}", "categories of priority are reference data every coordinator keeps",
            "/intake/services/{code}", "the Open311 service list is one list for the whole server, kept by administrators",
            "/crime/imports/{runId}", "an import of public data.police.uk data replaces figures every partner shares;"
                    + " every coordinator may follow any import",
            "/tasking/reports/{bodyId}/issued/{reportId}", "an issued report is found through its body, which is checked"
                    + " first: the walk probes /tasking/reports/{bodyId} with a body out of reach",
            "/workforce/contact-points/{id}", "contact points are advertised: everyone sees them; calling off a date is"
                    + " for police contributors of the holding organisation (ContactPointTests)",
            "/plans/{id}/versions/{number}", "an issued version of a Plan is public; a Plan not yet issued has none (the"
                    + " walk probes /plans/{id} with a draft Plan out of reach)");

    /**
     * Addresses of a user's own items rather than an organisation's records: another user's answers 404 as if absent,
     * and is not audited as a refused access.
     */
    static final Map<String, String> PERSONAL = Map.of(
            "/calendars/{id}", "a calendar subscription belongs to the user who made it",
            "/places/import/{uploadId}", "a boundary upload is kept for the user who uploaded it");

    private static final String SHARED_WITH_LEEDS = """
            (select p.organisation_id from sharing_agreement_party p where p.sharing_agreement_id in (
                select q.sharing_agreement_id from sharing_agreement_party q
                join user_account u on u.organisation_id = q.organisation_id
                where u.username = '%s'))""".formatted(OTHER_ORGANISATION);

    private static final String BODY = """
            select b.id from partnership_body b
            where b.handling_level <> 'PUBLIC' and b.owning_organisation_id not in %s
            order by exists (select 1 from meeting m where m.body_id = b.id) desc, b.name limit 1""";
    private static final String MEETING = """
            select m.id from meeting m join partnership_body b on b.id = m.body_id
            where b.handling_level <> 'PUBLIC' and b.owning_organisation_id not in %s
            order by exists (select 1 from meeting_agenda_item i where i.meeting_id = m.id) desc, m.starts_at desc
            limit 1""";
    private static final String AGENDA_ITEM = """
            select i.meeting_id as "id", i.id as "itemId" from meeting_agenda_item i
            join meeting m on m.id = i.meeting_id join partnership_body b on b.id = m.body_id
            where b.handling_level <> 'PUBLIC' and b.owning_organisation_id not in %s order by i.title limit 1""";
    private static final String ACTION = """
            select a.id from meeting_action a
            join meeting m on m.id = a.meeting_id join partnership_body b on b.id = m.body_id
            where b.handling_level <> 'PUBLIC' and b.owning_organisation_id not in %s order by a.description limit 1""";
    private static final String MEMBERSHIP = """
            select s.id as "membershipId" from partnership_membership s join partnership_body b on b.id = s.body_id
            where b.handling_level <> 'PUBLIC' and b.owning_organisation_id not in %s order by s.id limit 1""";
    private static final String ORGANISATION = """
            select o.id from organisation o where o.id not in %s order by o.name limit 1""";
    private static final String PERSON = """
            select p.id as "%s" from person p
            where p.handling_level <> 'PUBLIC' and p.organisation_id not in %s order by p.name limit 1""";
    private static final String PCSO = """
            select p.id from workforce_pcso p where p.force_id not in %s order by p.collar_number limit 1""";
    private static final String PATROL_ATTACHMENT = """
            select a.id from workforce_attachment a join workforce_pcso p on p.id = a.pcso_id
            where p.force_id not in %s order by a.to_date nulls first, a.id limit 1""";
    private static final String SHIFT = """
            select s.pcso_id as "pcsoId", s.id as "shiftId" from workforce_shift s
            join workforce_pcso p on p.id = s.pcso_id where p.force_id not in %s order by s.id limit 1""";
    private static final String PATROL_PLAN = """
            select p.id as "planId" from workforce_patrol_plan p where p.force_id not in %s order by p.id limit 1""";
    private static final String PATROL_VISIT = """
            select v.plan_id as "planId", v.id as "visitId" from workforce_patrol_visit v
            join workforce_patrol_plan p on p.id = v.plan_id where p.force_id not in %s order by v.id limit 1""";
    private static final String SCHEME = """
            select s.%s from workforce_scheme s
            where s.handling_level <> 'PUBLIC' and s.funder_id not in %s order by s.name limit 1""";
    private static final String TEAM = """
            select t.team_id as "id" from workforce_team_posts t where t.team_id not in %s order by t.team_id limit 1""";
    private static final String TRAINING_EVENT = """
            select e.id from workforce_training_event e where e.owner_id not in %s order by e.title limit 1""";
    private static final String TRAINING_REQUIREMENT = """
            select r.id from workforce_training_requirement r where r.owner_id not in %s order by r.topic limit 1""";
    private static final String DOCUMENT = """
            select d.id from document d
            where d.handling_level <> 'PUBLIC' and d.owning_organisation_id not in %s
            order by d.type = 'SERVICE_AGREEMENT' desc, d.title limit 1""";
    private static final String VERSION = """
            select v.document_id as "id", v.major || '.' || v.minor as "number" from document_version v
            join document d on d.id = v.document_id
            where d.handling_level <> 'PUBLIC' and d.owning_organisation_id not in %s
            order by d.type = 'SERVICE_AGREEMENT' desc, d.title, v.major, v.minor limit 1""";
    private static final String CIRCULATION = """
            select c.document_id as "id", c.id as "circulationId" from document_circulation c
            join document d on d.id = c.document_id
            where d.handling_level <> 'PUBLIC' and d.owning_organisation_id not in %s order by d.title limit 1""";
    private static final String PILOT = """
            select p.document_id as "id", p.id as "pilotId" from service_agreement_pilot p
            join document d on d.id = p.document_id
            where d.handling_level <> 'PUBLIC' and d.owning_organisation_id not in %s order by d.title limit 1""";
    private static final String DOCUMENT_ATTACHMENT = """
            select a.document_id as "id", a.id as "attachmentId" from document_attachment a
            join document d on d.id = a.document_id
            where d.handling_level <> 'PUBLIC' and d.owning_organisation_id not in %s order by d.title limit 1""";
    private static final String USER = """
            select u.id from user_account u where u.username = '%s' and u.organisation_id not in %%s"""
            .formatted(Fixtures.USER);
    private static final String API_KEY = """
            select k.id from api_key k where k.name = '%s' and k.organisation_id not in %%s""".formatted(Fixtures.KEY);
    private static final String CALENDAR = """
            select s.id from meeting_calendar_subscription s join user_account u on u.id = s.user_account_id
            where s.revoked_at is null and u.organisation_id not in %s order by s.created_at limit 1""";
    private static final String UPLOAD = """
            select x.id as "uploadId" from place_import_upload x join user_account u on u.id = x.user_account_id
            where u.organisation_id not in %s order by x.uploaded_at limit 1""";

    private static final String TASKING_GROUP = """
            select b.id as "bodyId" from partnership_body b
            where b.handling_level <> 'PUBLIC' and b.owning_organisation_id not in %s
            order by b.type = 'TASKING_GROUP' desc, b.name limit 1""";
    private static final String PRIORITY = """
            select p.id from tasking_priority p
            where p.handling_level <> 'PUBLIC' and p.owner_organisation_id not in %s order by p.title limit 1""";
    private static final String PRIORITY_ACTION = """
            select a.priority_id as "id", a.id as "actionId" from tasking_action a
            join tasking_priority p on p.id = a.priority_id
            where p.handling_level <> 'PUBLIC' and p.owner_organisation_id not in %s order by p.title limit 1""";

    private static final String EVIDENCE_FILE = """
            select f.priority_id as "id", f.id as "fileId" from tasking_evidence_file f
            join tasking_priority p on p.id = f.priority_id
            where p.handling_level <> 'PUBLIC' and p.owner_organisation_id not in %s order by f.uploaded_at limit 1""";

    private static final String TASKING_MEETING = """
            select m.id as "meetingId" from meeting m join partnership_body b on b.id = m.body_id
            where b.handling_level <> 'PUBLIC' and b.owning_organisation_id not in %s
            order by b.type = 'TASKING_GROUP' desc, m.starts_at desc limit 1""";

    private static final String OBSERVATION = """
            select o.id as "id" from intake_observation o where o.owning_organisation_id not in %s
            order by o.kind = 'INTELLIGENCE' desc, o.observed_at limit 1""";

    private static final String REPORT = """
            select r.id as "id" from reports_report r join meeting m on m.id = r.meeting_id
            join partnership_body b on b.id = m.body_id
            where b.handling_level <> 'PUBLIC' and b.owning_organisation_id not in %s order by r.created_at limit 1""";

    private static final String PANEL = """
            select b.id as "bodyId" from partnership_body b where b.type = 'POLICE_AND_CRIME_PANEL'
            and b.handling_level <> 'PUBLIC' and b.owning_organisation_id not in %s order by b.name limit 1""";

    private static final String DRAFT_PLAN = """
            select p.id as "id" from plans_plan p where p.pcc_office_id not in %s
            and not exists (select 1 from plans_plan_version v where v.plan_id = p.id) order by p.created_at limit 1""";

    private static final String DRAFT = """
            select v.id as "id" from plans_variation v join plans_plan p on p.id = v.plan_id
            where p.pcc_office_id not in %s and v.status not in ('PUBLISHED', 'ISSUED') order by v.created_at limit 1""";

    private static final String DRAFT_STEP = """
            select v.id as "id", 'consult' as "step" from plans_variation v join plans_plan p on p.id = v.plan_id
            where p.pcc_office_id not in %s and v.status not in ('PUBLISHED', 'ISSUED') order by v.created_at limit 1""";

    /** Every address the walk knows, with the query that finds a record there out of the other organisation's reach. */
    static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry("/actions/{id}", ACTION),
            Map.entry("/admin/api-keys/{id}", API_KEY),
            Map.entry("/admin/users/{id}", USER),
            Map.entry("/bodies/{id}", BODY),
            Map.entry("/partnership/bodies/{id}", BODY),
            Map.entry("/partnership/memberships/{membershipId}", MEMBERSHIP),
            Map.entry("/partnership/people/{personId}", PERSON.formatted("personId", "%s")),
            Map.entry("/calendars/{id}", CALENDAR),
            Map.entry("/meetings/{id}", MEETING),
            Map.entry("/meetings/{id}/agenda/{itemId}", AGENDA_ITEM),
            Map.entry("/organisations/{id}", ORGANISATION),
            Map.entry("/directory/organisations/{id}", ORGANISATION),
            Map.entry("/directory/people/{id}", PERSON.formatted("id", "%s")),
            Map.entry("/documents/{id}", DOCUMENT),
            Map.entry("/documents/{id}/versions/{number}", VERSION),
            Map.entry("/documents/{id}/circulations/{circulationId}", CIRCULATION),
            Map.entry("/documents/{id}/pilots/{pilotId}", PILOT),
            Map.entry("/documents/{id}/attachments/{attachmentId}", DOCUMENT_ATTACHMENT),
            Map.entry("/pcsos/{id}", PCSO),
            Map.entry("/workforce/pcsos/{id}", PCSO),
            Map.entry("/workforce/attachments/{id}", PATROL_ATTACHMENT),
            Map.entry("/workforce/pcsos/{pcsoId}", PCSO.replace("select p.id from", "select p.id as \"pcsoId\" from")),
            Map.entry("/workforce/pcsos/{pcsoId}/shifts/{shiftId}", SHIFT),
            Map.entry("/workforce/patrol-plans/{planId}", PATROL_PLAN),
            Map.entry("/workforce/patrol-plans/{planId}/visits/{visitId}", PATROL_VISIT),
            Map.entry("/schemes/{id}", SCHEME.formatted("id", "%s")),
            Map.entry("/workforce/schemes/{id}", SCHEME.formatted("id", "%s")),
            Map.entry("/workforce/funders/{organisationId}", SCHEME.formatted("funder_id as \"organisationId\"", "%s")),
            Map.entry("/workforce/teams/{id}", TEAM),
            Map.entry("/workforce/training/{id}", TRAINING_EVENT),
            Map.entry("/workforce/training/requirements/{id}", TRAINING_REQUIREMENT),
            Map.entry("/places/import/{uploadId}", UPLOAD),
            Map.entry("/tasking/groups/{bodyId}", TASKING_GROUP),
            Map.entry("/tasking/priorities/{id}", PRIORITY),
            Map.entry("/priorities/{id}", PRIORITY),
            Map.entry("/tasking/priorities/{id}/actions/{actionId}", PRIORITY_ACTION),
            Map.entry("/priorities/{id}/actions/{actionId}", PRIORITY_ACTION),
            Map.entry("/tasking/priorities/{id}/evidence/{fileId}", EVIDENCE_FILE),
            Map.entry("/tasking/meetings/{meetingId}", TASKING_MEETING),
            Map.entry("/tasking/reports/{bodyId}", TASKING_GROUP),
            Map.entry("/observations/{id}", OBSERVATION),
            Map.entry("/plans/{id}", DRAFT_PLAN),
            Map.entry("/variations/{id}", DRAFT),
            Map.entry("/variations/{id}/steps/{step}", DRAFT_STEP),
            Map.entry("/plans/panels/{bodyId}", PANEL),
            Map.entry("/reports/{id}", REPORT),
            Map.entry("/reports/meetings/{meetingId}", TASKING_MEETING));

    private static final Pattern LAST_VARIABLE = Pattern.compile("^(.*\\{[^}]+})");

    private RecordsOutOfReach() {
    }

    /** The record address of a path pattern: up to its last path variable, without /api/v1; empty with none. */
    static Optional<String> address(String pattern) {
        Matcher matcher = LAST_VARIABLE.matcher(pattern.replaceFirst("^/api/v1(?=/)", ""));
        return matcher.find() ? Optional.of(matcher.group(1).replaceAll("\\{([A-Za-z0-9_]+):[^}]*}", "{$1}"))
                : Optional.empty();
    }

    /** The path variables of one record at the address, out of the other organisation's reach; empty if none. */
    static Map<String, String> find(JdbcClient jdbc, String address) {
        String query = QUERIES.get(address);
        if (query == null) {
            return Map.of();
        }
        var values = new LinkedHashMap<String, String>();
        jdbc.sql(query.formatted(SHARED_WITH_LEEDS)).query(rs -> {
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                values.put(rs.getMetaData().getColumnLabel(column), rs.getString(column));
            }
        });
        return values;
    }

    /**
     * Records the demonstration does not hold, made once through the modules' own services by Huntingdonshire's
     * accounts: a user and an API key to administer, a calendar subscription, a boundary upload, and an
     * agency-only protocol sent for comment with a file attached.
     */
    static final class Fixtures {

        static final String USER = "walk.target";
        static final String KEY = "Authorisation walk: a key of another organisation";
        static final String DOCUMENT = "Authorisation walk: an agency protocol";
        /** The smallest PNG: one transparent pixel. */
        private static final byte[] PIXEL = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

        private Fixtures() {
        }

        static synchronized void ensure(JdbcClient jdbc, DemoUsers users, Identity identity, CalendarFeeds calendars,
                BoundaryUploads uploads, DocumentEditor documents, Consultations consultations,
                Attachments attachments, TaskingEditor tasking) {
            if (count(jdbc, "select count(*) from user_account where username = ?", USER) > 0) {
                return;
            }
            Actor admin = users.actor("admin");
            Actor coordinator = users.actor("ewilson");
            identity.createUser(admin, new NewUser(USER, "Walk Target", "walk.target@example.org",
                    admin.organisationId(), Set.of(Role.READER), DemoUsers.PASSWORD + "-walk"));
            identity.issueApiKey(admin, KEY, admin.organisationId(), Set.of(Role.READER));
            UUID body = jdbc.sql(BODY.formatted(SHARED_WITH_LEEDS)).query(UUID.class).single();
            calendars.subscribe(coordinator, CalendarSubscription.Subject.BODY, body);
            uploads.keep(coordinator, "walk.geojson",
                    "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var document = documents.register(coordinator, new DocumentDetails(DocumentType.PROTOCOL, DOCUMENT,
                    "Made by the authorisation walk", coordinator.organisationId(), HandlingLevel.AGENCY, null, null,
                    null, 12, Set.of(), List.of()), "# 1. PURPOSE\n\n1.1 The walk probes this document.", "0.1");
            UUID police = jdbc.sql("select id from organisation where name = 'Cambridgeshire Constabulary'")
                    .query(UUID.class).single();
            consultations.circulate(coordinator, document.id(), new NewCirculation(CirculationPurpose.COMMENT,
                    List.of(Recipient.organisation(police, "Cambridgeshire Constabulary")), null, null, false,
                    LocalDate.now().plusMonths(1), null));
            attachments.attach(coordinator, document.id(), "A pixel", "pixel.png", "image/png", PIXEL);
            UUID category = jdbc.sql("select id from tasking_category order by name limit 1").query(UUID.class)
                    .single();
            var priority = tasking.addPriority(null, BodyId.of(body), new PriorityDetails(category,
                    "Authorisation walk: a priority of another partnership", List.of(), "Made by the walk", null, null,
                    "The walk probes this priority", null, coordinator.organisationId(), null, List.of(), null, null,
                    PriorityStatus.ACTIVE, null, null, null, HandlingLevel.PARTNERSHIP));
            tasking.addAction(null, priority.id(), new ActionDetails("The walk probes this action",
                    coordinator.organisationId(), null, null, ActionKind.PROACTIVE, null, true, ActionStatus.OPEN,
                    null));
        }

        /**
         * Records of the modules added since the walk began (services from the context where they take the record):
         * a file of evidence on the walk's priority.
         */
        static synchronized void ensureMore(JdbcClient jdbc, DemoUsers users,
                org.springframework.context.ApplicationContext context) {
            ensureObservation(jdbc, users, context);
            ensurePatrolPlan(jdbc);
            ensureDraftPlan(jdbc, users, context);
            ensurePanel(jdbc, context);
            if (count(jdbc, "select count(*) from tasking_evidence_file where title = ?", EVIDENCE_TITLE) > 0) {
                return;
            }
            UUID priority = jdbc.sql("select id from tasking_priority where title = ?")
                    .param("Authorisation walk: a priority of another partnership").query(UUID.class).single();
            // The walk's priority sits on a body of the other partnership that is not a tasking group (so the module
            // would not take a file for it): the row is written as the module writes it.
            jdbc.sql("""
                    insert into tasking_evidence_file (id, priority_id, title, file_name, content_type, size_bytes,
                        sha256, content, uploaded_at, uploaded_by)
                    values (?, ?, ?, 'pixel.png', 'image/png', ?, repeat('0', 64), ?, now(), 'Authorisation walk')""")
                    .params(UUID.randomUUID(), priority, EVIDENCE_TITLE, PIXEL.length, PIXEL).update();
        }

        private static final String EVIDENCE_TITLE = "The walk probes this file of evidence";
        private static final String OBSERVATION_PLACE = "The walk probes this intelligence";

        /** A piece of intelligence of Cambridgeshire's police, recorded as its tasking sergeant records one. */
        private static void ensureObservation(JdbcClient jdbc, DemoUsers users,
                org.springframework.context.ApplicationContext context) {
            if (count(jdbc, "select count(*) from intake_observation where location = ?", OBSERVATION_PLACE) > 0) {
                return;
            }
            var choices = context.getBean(uk.saferhub.intake.PriorityChoices.class);
            UUID ward = context.getBean(uk.saferhub.geography.Geography.class)
                    .places(uk.saferhub.geography.PlaceType.WARD).getFirst().id();
            context.getBean(uk.saferhub.intake.Observations.class).record(users.actor("central.sergeant"),
                    new uk.saferhub.intake.internal.NewObservation(
                            uk.saferhub.intake.internal.ObservationKind.INTELLIGENCE,
                            choices.categories().getFirst().id(), ward, OBSERVATION_PLACE, null, null,
                            "Made by the authorisation walk", java.time.Instant.now().minusSeconds(3600), null,
                            new uk.saferhub.intake.internal.Grading("1", "A", "P", null)));
        }

        private static final String PATROL_AREA = "The walk probes this patrol plan";

        /** A patrol plan of Cambridgeshire's St Neots PCSOs, written as the module writes one. */
        /** A Police and Crime Panel that is not public, of Hertfordshire's partnership (the demonstration's is). */
        private static void ensurePanel(JdbcClient jdbc, org.springframework.context.ApplicationContext context) {
            if (count(jdbc, "select count(*) from partnership_body where name = ?", PANEL_NAME) > 0) {
                return;
            }
            UUID herts = jdbc.sql("select id from organisation where name = 'Hertfordshire County Council'")
                    .query(UUID.class).single();
            context.getBean(uk.saferhub.partnership.PartnershipEditor.class).createBody(null,
                    new uk.saferhub.partnership.BodyDetails(PANEL_NAME, uk.saferhub.partnership.BodyType
                            .POLICE_AND_CRIME_PANEL, uk.saferhub.partnership.Tier.COUNTY, "Hertfordshire", true, null,
                            "The walk probes it", herts, HandlingLevel.PARTNERSHIP, List.of()));
        }

        private static final String PANEL_NAME = "Authorisation walk: a Police and Crime Panel";

        /** A new Police and Crime Plan in draft, not yet sent: its office's and its force's alone. */
        private static void ensureDraftPlan(JdbcClient jdbc, DemoUsers users,
                org.springframework.context.ApplicationContext context) {
            if (count(jdbc, "select count(*) from plans_plan where title = ?", DRAFT_PLAN_TITLE) > 0) {
                return;
            }
            Actor office = users.actor("dgregson");
            UUID force = jdbc.sql("select id from organisation where name = 'Cambridgeshire Constabulary'")
                    .query(UUID.class).single();
            UUID panel = jdbc.sql("select id from partnership_body where name = 'Cambridgeshire Police and Crime Panel'")
                    .query(UUID.class).single();
            context.getBean(uk.saferhub.plans.PlanWorkflow.class).newPlan(office, office.organisationId(),
                    new uk.saferhub.plans.NewPlan(DRAFT_PLAN_TITLE, "2016–21", "Police and Crime Commissioner",
                            2016, force, BodyId.of(panel)),
                    new uk.saferhub.plans.DraftDetails("Authorisation walk: the draft Plan", "The walk probes it",
                            List.of(new uk.saferhub.plans.Objective(1, "Keep people safe", List.of(
                                    new uk.saferhub.plans.PlanSection("Visible policing", "The walk probes it."))))));
        }

        private static final String DRAFT_PLAN_TITLE = "Authorisation walk: a draft Police and Crime Plan";

        private static void ensurePatrolPlan(JdbcClient jdbc) {
            if (count(jdbc, "select count(*) from workforce_patrol_plan where area_name = ?", PATROL_AREA) > 0) {
                return;
            }
            UUID pcso = jdbc.sql("""
                    select p.id from workforce_pcso p join organisation o on o.id = p.force_id
                    where o.name = 'Cambridgeshire Constabulary' order by p.collar_number limit 1""")
                    .query(UUID.class).single();
            UUID force = jdbc.sql("select force_id from workforce_pcso where id = ?").param(pcso).query(UUID.class)
                    .single();
            UUID plan = UUID.randomUUID();
            jdbc.sql("""
                    insert into workforce_patrol_plan (id, area_id, area_name, week_start, force_id, months_from,
                        months_to, share_percent, worth, created_at, updated_at)
                    values (?, ?, ?, date '2026-12-07', ?, date '2024-10-01', date '2025-09-01', 40, 1, now(), now())""")
                    .params(plan, UUID.randomUUID(), PATROL_AREA, force).update();
            jdbc.sql("""
                    insert into workforce_patrol_visit (id, plan_id, pcso_id, visit_day, starts, minutes, location,
                        latitude, longitude, crimes, harm, reason)
                    values (?, ?, ?, date '2026-12-07', time '07:30', 15, 'On or near Market Square', 52.2297, -0.27,
                        1, 1, 'Made by the authorisation walk')""")
                    .params(UUID.randomUUID(), plan, pcso).update();
        }

        private static long count(JdbcClient jdbc, String sql, Object parameter) {
            return jdbc.sql(sql).param(parameter).query(Long.class).single();
        }
    }
}
