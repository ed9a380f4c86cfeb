package uk.saferhub.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.audit.RecordNames.Named;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The audit trail's Record and Changes columns read as a person says them: a record by its kind and name (linked to
 * its page when its reader may open it), a changed field by its message, ids among the values by name and dates as
 * "4 December 2026"; never a raw id or a Java field name.
 */
@SaferHubTest
class AuditTrailWordsTests {

    static final Pattern UUID_PATTERN = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** The kinds of record the demonstration writes changes about. */
    static final List<String> DEMO_TYPES = List.of("body", "body-governance", "body-membership", "body-relation",
            "document", "document-approval", "document-circulation", "document-comment", "document-review-reminder",
            "meeting", "meeting-action", "meeting-agenda-item", "meeting-attendance", "meeting-cadence",
            "meeting-decision", "meeting-paper", "organisation", "pcso", "person", "service-agreement",
            "sharing-agreement", "team-posts", "training-event", "user", "workforce-scheme");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    TrailWords words;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "leeds.admin"})
    void noRawIdIsShownInTheRecordOrChangesOfTheDemonstrationsChanges(String administrator) throws Exception {
        int rows = 0;
        for (String type : DEMO_TYPES) {
            for (int page = 1; ; page++) {
                Document trail = page("/admin/audit?recordType=" + type + "&page=" + page, administrator);
                List<Element> events = trail.select("main table tbody tr");
                for (Element event : events) {
                    if (UUID_PATTERN.matcher(event.select("td").get(5).text()).find()
                            || namedWithAnotherId(event.select("td").get(4))) {
                        // another test's record, named with an id to keep it apart (the database is shared)
                        continue;
                    }
                    String record = event.select("td").get(4).text();
                    String changes = event.select("td").get(6).text();
                    assertThat(record).as(type + " record").doesNotContainPattern(UUID_PATTERN).isNotBlank();
                    assertThat(changes).as(type + " changes").doesNotContainPattern(UUID_PATTERN)
                            .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
                    for (Element field : event.select("td:nth-child(7) dt")) {
                        assertThat(field.text()).as("a field in words").doesNotContainPattern("[a-z][A-Z]");
                    }
                    rows++;
                }
                if (trail.select("a.govuk-pagination__link[rel=next]").isEmpty() || page > 40) {
                    break;
                }
            }
        }
        assertThat(rows).as("events read").isGreaterThan(100);
    }

    @Test
    void aBodyIsNamedAndLinkedToItsPage() throws Exception {
        UUID body = jdbc.sql("select id from partnership_body where name = 'East North East local tasking group'")
                .query(UUID.class).single();
        Document trail = page("/admin/audit?recordType=body&recordId=" + body, "leeds.admin");
        Element record = trail.select("main table tbody tr td").get(4);
        assertThat(record.text()).startsWith("Body East North East local tasking group");
        assertThat(record.select("a[href=/partnership/bodies/" + body + "]").text())
                .isEqualTo("East North East local tasking group");
    }

    @Test
    void aSeatsChangesNameThePersonTheOrganisationAndTheDay() throws Exception {
        UUID body = jdbc.sql("select id from partnership_body where name = 'Safer Leeds Executive'")
                .query(UUID.class).single();
        UUID seat = jdbc.sql("""
                        select m.id from partnership_membership m join person p on p.id = m.person_id
                         where m.body_id = ? and p.name = 'Martyn Stenton'""")
                .param(body).query(UUID.class).single();
        Document trail = page("/admin/audit?recordType=body-membership&recordId=" + seat, "leeds.admin");
        Element event = trail.select("main table tbody tr").first();
        assertThat(event.select("td").get(4).text()).contains("Seat on a body", "Adviser, Safer Leeds Executive");
        String changes = event.select("td").get(6).text();
        assertThat(changes).contains("Person", "Martyn Stenton", "Representing organisation", "Safer Leeds",
                "Role", "Adviser", "From", "1 October 2011");
    }

    @Test
    void aHiddenPersonIsNamedByTheirJobTitleOnly() throws Exception {
        // leeds.admin (Leeds City Council) has no seat on the tasking group the AGENCY inspector co-chairs
        UUID seat = jdbc.sql("""
                        select m.id from partnership_membership m join person p on p.id = m.person_id
                         where p.name = 'East North East NPT Inspector' and m.role = 'CO_CHAIR'""")
                .query(UUID.class).single();
        Document trail = page("/admin/audit?recordType=body-membership&recordId=" + seat, "leeds.admin");
        String changes = trail.select("main table tbody tr td").get(6).text();
        assertThat(changes).contains("Neighbourhood Policing Team Inspector").doesNotContain("East North East NPT Inspector");
    }

    @Test
    void everyFieldAndKindOfRecordInTheTrailHasItsWordsInTheMessages() {
        List<String> missing = new ArrayList<>();
        jdbc.sql("select distinct jsonb_object_keys(changes::jsonb) from audit_event where changes is not null"
                        + " and record_type in (:types)")
                .param("types", DEMO_TYPES).query(String.class).list()
                .forEach(field -> {
                    if (messages.getMessage("audit.field." + field, null, null, Locale.UK) == null) {
                        missing.add("audit.field." + field);
                    }
                });
        for (String type : DEMO_TYPES) {
            if (messages.getMessage("audit.recordType." + type, null, null, Locale.UK) == null) {
                missing.add("audit.recordType." + type);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(words.field("organisationId")).isEqualTo("Organisation");
        assertThat(words.kind("meeting-attendance")).isEqualTo("Meeting attendance");
    }

    @Test
    void valuesReadAsWords() {
        UUID known = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        Map<UUID, Named> names = Map.of(known, Named.unlinked("Safer Leeds"));
        assertThat(words.value("2026-12-04", names)).isEqualTo("4 December 2026");
        assertThat(words.value("2003-10-14T18:00+01:00[Europe/London]", names)).isEqualTo("14 October 2003 at 6:00pm");
        assertThat(words.value(known.toString(), names)).isEqualTo("Safer Leeds");
        assertThat(words.value("body:" + known, names)).isEqualTo("Safer Leeds");
        assertThat(words.value(unknown.toString(), names)).doesNotContain(unknown.toString())
                .contains(unknown.toString().substring(0, 8));
        assertThat(words.value("[" + known + "=PRESENT]", names)).isEqualTo("Safer Leeds: Present");
        assertThat(words.value("[2026-12-08, 2027-01-19]", names)).isEqualTo("8 December 2026, 19 January 2027");
        assertThat(words.value("[ContactRole[title=Document Owner, areaServed=Leeds, organisationServedId=null]]",
                names)).isEqualTo("Document Owner, Leeds");
        assertThat(words.value("AGENCY", names)).isEqualTo("Own organisation only");
        assertThat(words.value("[ADMINISTRATOR]", names)).isEqualTo("Administrator");
        assertThat(words.value("true", names)).isEqualTo("Yes");
    }

    private Document page(String url, String user) throws Exception {
        var response = mvc.perform(get(url).with(users.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** A linked record whose name holds an id that is not its own: a title another test gave it. */
    private static boolean namedWithAnotherId(Element record) {
        var link = record.selectFirst("a[href]");
        var id = UUID_PATTERN.matcher(record.text());
        return link != null && id.find() && !link.attr("href").contains(id.group());
    }
}
