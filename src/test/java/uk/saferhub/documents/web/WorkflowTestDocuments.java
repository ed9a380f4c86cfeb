package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.documents.Approvals;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentDetails;
import uk.saferhub.documents.DocumentEditor;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.documents.NewApproval;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.NewMeeting;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * Fresh Leeds documents for the workflow pages' tests, registered through {@link DocumentEditor} as Safer Leeds
 * would (owner Martyn Stenton, approving body the Safer Leeds Executive), with unique titles, and counts read
 * straight from the database.
 */
@Component
class WorkflowTestDocuments {

    static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    static final String CONTENT = """
            # 1. BACKGROUND

            Leeds currently has over 320 PCSOs working across the city.

            # 2.0 PURPOSE OF THIS PROTOCOL

            This protocol provides guidance for NPTs, PCSOs and Council Officers to jointly deliver better outcomes.

            # 3.0 GOVERNANCE

            3.1 The protocol will be agreed and periodically updated by the Safer Leeds Executive.

            3.2 Divisional Community Safety Partnerships will monitor the implementation of the protocol.
            """;

    private final DocumentEditor editor;
    private final Approvals approvals;
    private final MeetingScheduler scheduler;
    private final Partnership partnership;
    private final Directory directory;
    private final JdbcClient jdbc;

    WorkflowTestDocuments(DocumentEditor editor, Approvals approvals, MeetingScheduler scheduler,
            Partnership partnership, Directory directory, JdbcClient jdbc) {
        this.editor = editor;
        this.approvals = approvals;
        this.scheduler = scheduler;
        this.partnership = partnership;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /** A new Leeds protocol, Draft 1.0, PARTNERSHIP handling. */
    Document leedsDraft(String title) {
        return leedsDraft(title, HandlingLevel.PARTNERSHIP);
    }

    Document leedsDraft(String title, HandlingLevel level) {
        return editor.register(null, new DocumentDetails(DocumentType.PROTOCOL, unique(title),
                "A protocol for the workflow pages' tests", organisation("Safer Leeds"), level,
                body("Safer Leeds Executive").id(), null, null, 12,
                Set.of(organisation("Leeds City Council Environmental Services")), List.of(person("Martyn Stenton"))),
                CONTENT, null);
    }

    /** A new Leeds protocol approved by a delegated decision on the day given (Version 2.0). */
    Document leedsApproved(String title, HandlingLevel level, LocalDate decidedOn) {
        Document document = leedsDraft(title, level);
        approvals.approve(null, document.id(), NewApproval.delegated(body("Safer Leeds Executive").id(),
                "Chief Officer, Safer Leeds", decidedOn));
        return document;
    }

    /** A meeting of the body some days ago (a different day each time, so meetings never clash). */
    Meeting pastMeeting(String bodyName) {
        int daysAgo = ThreadLocalRandom.current().nextInt(3, 600);
        LocalDateTime start = LocalDate.now(LONDON).minusDays(daysAgo).atTime(10, ThreadLocalRandom.current().nextInt(0, 59));
        return scheduler.schedule(null, body(bodyName).id(), new NewMeeting(null, "Approval of protocols", start,
                start.plusHours(2), "Civic Hall, Leeds"));
    }

    Meeting futureMeeting(String bodyName) {
        LocalDateTime start = LocalDate.now(LONDON).plusDays(ThreadLocalRandom.current().nextInt(30, 600)).atTime(14, 0);
        return scheduler.schedule(null, body(bodyName).id(), new NewMeeting(null, "Coming meeting", start,
                start.plusHours(2), null));
    }

    Body body(String name) {
        return partnership.bodies().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }

    UUID person(String name) {
        return directory.allPeopleUncheckedForDemoLoaders().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** A demonstration document by the start of its title. */
    UUID demo(String titleStart) {
        return jdbc.sql("select id from document where title like ?").param(titleStart + "%").query(UUID.class)
                .single();
    }

    long count(String table, String documentColumn, UUID document) {
        return jdbc.sql("select count(*) from " + table + " where " + documentColumn + " = ?").param(document)
                .query(Long.class).single();
    }

    long comments(UUID document) {
        return jdbc.sql("select count(*) from document_comment c join document_circulation d on d.id ="
                + " c.circulation_id where d.document_id = ?").param(document).query(Long.class).single();
    }

    String status(UUID document) {
        return jdbc.sql("select status from document where id = ?").param(document).query(String.class).single();
    }

    UUID circulation(UUID document, String purpose) {
        return jdbc.sql("select id from document_circulation where document_id = ? and purpose = ?")
                .params(document, purpose).query(UUID.class).single();
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
