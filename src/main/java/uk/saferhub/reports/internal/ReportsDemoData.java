package uk.saferhub.reports.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.Person;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.plans.Plans;
import uk.saferhub.plans.Variation;
import uk.saferhub.reports.ReportComposer;
import uk.saferhub.reports.Reports;
import uk.saferhub.shared.demo.DemoDataContributor;

/**
 * Seed 003 itself: the report of the Office of the Police and Crime Commissioner to the Panel of 5 November 2014,
 * agenda item 11, composed from the demonstration's variation of Objective 1 with Dr Dorothy Gregson as contact
 * officer. Left alone when already there.
 */
@Component
class ReportsDemoData implements DemoDataContributor {

    private final Plans plans;
    private final Meetings meetings;
    private final Directory directory;
    private final ReportComposer composer;
    private final Reports reports;
    private final uk.saferhub.documents.Documents documents;
    private final uk.saferhub.identity.Identity identity;

    ReportsDemoData(Plans plans, Meetings meetings, Directory directory, ReportComposer composer, Reports reports,
            uk.saferhub.documents.Documents documents, uk.saferhub.identity.Identity identity) {
        this.documents = documents;
        this.identity = identity;
        this.plans = plans;
        this.meetings = meetings;
        this.directory = directory;
        this.composer = composer;
        this.reports = reports;
    }

    @Override
    public int order() {
        // After the meetings (40), the Plans (45) and the documents (80) it composes from.
        return 85;
    }

    @Override
    public void load(JsonNode partnership) {
        governanceProtocolToCabinet();
        variationToThePanel();
    }

    /**
     * Seed 000: the Director of Operational Services' report to Cabinet on the Governance Protocol, composed from the
     * protocol's records as Mrs E Wilson would compose it, for the Cabinet meeting that approved it.
     */
    private void governanceProtocolToCabinet() {
        var author = identity.userNamed("ewilson").flatMap(user -> identity.actorOf(user.id())).orElse(null);
        if (author == null) {
            return;
        }
        var protocol = documents.register(author, uk.saferhub.documents.DocumentFilter.all()).stream()
                .map(uk.saferhub.documents.DocumentListing::document)
                .filter(d -> d.title().equals("Police Community Support Officers – Governance Protocol")).findFirst();
        if (protocol.isEmpty() || protocol.get().approvingBodyId() == null) {
            return;
        }
        meetings.meetingsOn(protocol.get().approvingBodyId(), java.time.LocalDate.of(2004, 2, 19)).stream()
                .findFirst().ifPresent(cabinet -> composer.fromDocument(author, protocol.get().id(), cabinet.id()));
    }

    private void variationToThePanel() {
        for (Variation draft : plans.variations(null)) {
            if (draft.reviewMeetingId() == null || !draft.title().startsWith("Variation of Objective 1")) {
                continue;
            }
            if (reports.composedFrom(draft.reviewMeetingId(), ReportComposer.VARIATION, draft.id().toString())
                    .isPresent()) {
                continue;
            }
            Meeting meeting = meetings.meetingForSystem(draft.reviewMeetingId()).orElseThrow();
            Person contact = directory.allPeopleUncheckedForDemoLoaders().stream()
                    .filter(person -> person.name().equals("Dr Dorothy Gregson")).findFirst().orElseThrow();
            UUID office = draft.pccOfficeId();
            UUID report = reports.createForSystem(meeting.id(), office, composer.details(null, draft, meeting,
                    contact, contact.name()), ReportComposer.VARIATION, draft.id().toString());
            // Seed 003 was published in the Panel's agenda pack.
            reports.publish(null, report);
        }
    }
}
