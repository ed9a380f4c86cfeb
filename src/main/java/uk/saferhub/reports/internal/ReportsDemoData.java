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

    ReportsDemoData(Plans plans, Meetings meetings, Directory directory, ReportComposer composer, Reports reports) {
        this.plans = plans;
        this.meetings = meetings;
        this.directory = directory;
        this.composer = composer;
        this.reports = reports;
    }

    @Override
    public int order() {
        return 46;
    }

    @Override
    public void load(JsonNode partnership) {
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
            reports.createForSystem(meeting.id(), office, composer.details(null, draft, meeting, contact,
                    contact.name()), ReportComposer.VARIATION, draft.id().toString());
        }
    }
}
