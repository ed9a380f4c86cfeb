package uk.saferhub.documents;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.NewMeeting;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.HandlingLevel;

/** Builds documents for tests through the services, as the system, with titles unique to each test. */
@Component
public class ProtocolFixtures {

    public static final String LEEDS_CONTENT = """
            # 1. BACKGROUND

            Leeds currently has over 320 PCSOs working across the city.

            # 2.0 PURPOSE OF THIS PROTOCOL

            This protocol provides guidance for NPTs, PCSOs and Council Officers.

            # 3.0 GOVERNANCE

            3.1 The protocol will be agreed and periodically updated by the Safer Leeds Executive.
            """;

    private final DocumentEditor editor;
    private final Directory directory;
    private final Partnership partnership;
    private final MeetingScheduler scheduler;

    ProtocolFixtures(DocumentEditor editor, Directory directory, Partnership partnership, MeetingScheduler scheduler) {
        this.editor = editor;
        this.directory = directory;
        this.partnership = partnership;
        this.scheduler = scheduler;
    }

    /** A Leeds protocol owned by Safer Leeds with Environmental Services and the police as parties. */
    public Document leedsProtocol(String title) {
        return editor.register(null, new DocumentDetails(DocumentType.PROTOCOL, title + " " + UUID.randomUUID(),
                "A protocol written by a test", organisation("Safer Leeds"), HandlingLevel.PARTNERSHIP,
                body("Safer Leeds Executive"), null, null, 12,
                Set.of(organisation("Leeds City Council Environmental Services"),
                        organisation("West Yorkshire Police Leeds District")), List.of()),
                LEEDS_CONTENT, null);
    }

    /** A meeting of the body, held days ago. */
    public Meeting pastMeeting(String bodyName, int daysAgo) {
        LocalDateTime start = LocalDateTime.now().minusDays(daysAgo).withHour(10).withMinute(0).withSecond(0)
                .withNano(0);
        return scheduler.schedule(null, body(bodyName), new NewMeeting(null, "Approval of protocols", start,
                start.plusHours(2), "Civic Hall, Leeds"));
    }

    public UUID organisation(String name) {
        return directory.organisationNamed(name).map(OrganisationSummary::id).orElseThrow();
    }

    public BodyId body(String name) {
        return partnership.bodies().stream().filter(b -> b.name().equals(name)).map(Body::id).findFirst()
                .orElseThrow();
    }
}
