package uk.saferhub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.shared.access.RecordVisibility;
import uk.saferhub.support.SaferHubTest;

/**
 * Every kind of record the application writes to the audit trail is answered for by a {@link RecordVisibility}, so
 * that the trail withholds an event's details exactly where its module's access rules say, and never falls back to
 * withholding them from everyone by mistake.
 */
@SaferHubTest
class AuditedRecordTypesTests {

    /** Every record type the application writes, as found in the sources (see {@link #everyRecordTypeWrittenInTheSourcesIsInTheList}). */
    static final Set<String> WRITTEN = Set.of(
            "user", "api-key", "page", "endpoint", "patrol-plan", "pcso-shift",
            "person", "organisation", "sharing-agreement",
            "body", "body-relation", "body-governance", "body-membership",
            "meeting", "meeting-cadence", "meeting-attendance", "meeting-exempt-items", "meeting-agenda-item",
            "meeting-paper", "meeting-decision", "meeting-action", "calendar-subscription",
            "place", "place-import",
            "workforce-scheme", "scheme", "pcso", "patrol-attachment", "team-posts", "training-event",
            "training-requirement", "pcso-development", "pcso-development-entry",
            "document", "document-version", "document-circulation", "document-comment", "document-approval",
            "document-review", "document-review-reminder", "document-attachment", "service-agreement",
            "service-agreement-pilot", "service-agreement-rollout",
            "tasking-priority", "tasking-action", "tasking-cycle-state", "tasking-category",
            "tasking-evidence-file", "tasking-review", "tasking-report",
            "intake-request", "intake-reporter", "intake-service", "intake-observation",
            "crime-import", "police-and-crime-plan", "plan-variation", "plan-panel-timing", "committee-report", "contact-point");

    /** Types only tests write, to try the trail itself; no module answers for them, so they are withheld. */
    static final Set<String> WRITTEN_BY_TESTS_ONLY = Set.of("test", "unclaimed-test-type", "paging-test", "report");

    private static final List<Pattern> WRITES = List.of(
            // audit.recordChange(AuditAction.X, "type", ...), AuditEntry.by(actor, AuditAction.X, "type", ...)
            Pattern.compile("AuditAction\\.[A-Z_]+\\s*(?::\\s*AuditAction\\.[A-Z_]+\\s*)?(?:\\))?,\\s*\"([a-z-]+)\""),
            // new AccessRefused(actor, "type", ...), new RestrictedRecordViewed(actor, "type", ...)
            Pattern.compile("new (?:AccessRefused|RestrictedRecordViewed)\\([^,]+,\\s*\"([a-z-]+)\""),
            // a Restricted record's recordType(), which the access policy audits views and refusals under
            Pattern.compile("String recordType\\(\\)\\s*\\{\\s*return \"([a-z-]+)\""),
            Pattern.compile("RECORD_TYPE = \"([a-z-]+)\""));

    @Autowired
    List<RecordVisibility> visibilities;

    @Autowired
    JdbcClient jdbc;

    Set<String> claimed() {
        var claimed = new HashSet<String>();
        visibilities.forEach(visibility -> claimed.addAll(visibility.recordTypes()));
        return claimed;
    }

    @Test
    void everyRecordTypeTheApplicationWritesIsAnsweredForByTheModuleThatWritesIt() {
        assertThat(claimed()).containsAll(WRITTEN);
    }

    @Test
    void everyRecordTypeWrittenInTheSourcesIsInTheList() throws IOException {
        var found = new HashSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                for (Pattern write : WRITES) {
                    Matcher matcher = write.matcher(text);
                    while (matcher.find()) {
                        found.add(matcher.group(1));
                    }
                }
                if (text.contains("RECORD_TYPE + \"-entry\"")) {
                    found.add("pcso-development-entry");
                }
            }
        }
        assertThat(found).as("record types written in src/main/java: add new ones to WRITTEN and answer for them")
                .isSubsetOf(WRITTEN).hasSizeGreaterThan(30);
    }

    @Test
    void everyRecordTypeInTheTrailAfterTheDemonstrationIsAnsweredFor() {
        List<String> inTheTrail = jdbc.sql("select distinct record_type from audit_event where record_type is not null")
                .query(String.class).list();
        assertThat(inTheTrail).contains("meeting-agenda-item", "document", "person", "user");
        assertThat(claimed()).containsAll(inTheTrail.stream()
                .filter(type -> !WRITTEN_BY_TESTS_ONLY.contains(type)).toList());
    }
}
