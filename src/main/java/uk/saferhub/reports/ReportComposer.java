package uk.saferhub.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.directory.Directory;
import uk.saferhub.documents.Circulation;
import uk.saferhub.documents.ConsultationComment;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.directory.Person;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.plans.Objective;
import uk.saferhub.plans.Plan;
import uk.saferhub.plans.PlanSection;
import uk.saferhub.plans.Plans;
import uk.saferhub.plans.Variation;
import uk.saferhub.plans.VariationKind;
import uk.saferhub.shared.access.Actor;

/**
 * Composes a report from another module's records in one step, to be edited after: a report to the Police and Crime
 * Panel on a draft Plan or variation pulls the draft's reason, its steps so far and its changed objectives, in the
 * form of seed 003. The contact officer is the person writing it, as the directory holds them.
 */
@Service
public class ReportComposer {

    public static final String VARIATION = "plan-variation";
    public static final String DOCUMENT = "document";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Plans plans;
    private final Meetings meetings;
    private final Directory directory;
    private final Reports reports;
    private final Documents documents;

    ReportComposer(Plans plans, Meetings meetings, Directory directory, Reports reports, Documents documents) {
        this.documents = documents;
        this.plans = plans;
        this.meetings = meetings;
        this.directory = directory;
        this.reports = reports;
    }

    /**
     * The report to the Panel on the draft, for the meeting (its review meeting when none is given); the one already
     * composed for that meeting is returned rather than a second made.
     */
    @Transactional
    public Report fromVariation(Actor actor, UUID variationId, UUID meetingId) {
        Variation draft = plans.variation(actor, variationId);
        UUID meetingUsed = meetingId != null ? meetingId : draft.reviewMeetingId();
        if (meetingUsed == null) {
            throw new ReportsChangeRefused("meetingId", "reports.compose.meeting.required");
        }
        var existing = reports.composedFrom(meetingUsed, VARIATION, variationId.toString());
        if (existing.isPresent()) {
            return reports.report(actor, existing.get());
        }
        Meeting meeting = meetings.meetingOnly(actor, meetingUsed);
        if (!meeting.bodyId().equals(draft.panelId())) {
            throw new ReportsChangeRefused("meetingId", "reports.compose.meeting.panel");
        }
        Person contact = actor.personId() == null ? null : directory.person(actor, actor.personId());
        return reports.create(actor, meetingUsed, details(actor, draft, meeting, contact, actor.name()), VARIATION,
                variationId.toString());
    }

    /** The report on the draft to the meeting, its contact officer the person given (or the name, with none). */
    public ReportDetails details(Actor actor, Variation draft, Meeting meeting, Person contact, String name) {
        Plan plan = plans.plan(actor, draft.planId());
        var varied = plans.versionVariedBy(draft);
        String planName = plan.title() + " " + plan.term();
        boolean whole = draft.kind() == VariationKind.NEW_PLAN;
        String office = directory.organisation(draft.pccOfficeId()).map(o -> o.name()).orElse("the Commissioner");
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new ReportSection(SectionKind.PURPOSE, null, List.of((whole
                ? "To seek the Police and Crime Panel's review of the draft " + planName + ". "
                : "To seek the Police and Crime Panel's review of the " + draft.title() + " of the " + planName
                        + ". ") + draft.reason())));
        sections.add(new ReportSection(SectionKind.RECOMMENDATIONS, null, List.of("The Panel review the "
                + (whole ? "draft Plan" : "variation to the Plan") + " provided with this report.")));
        sections.add(new ReportSection(SectionKind.TERMS_OF_REFERENCE, null, List.of("To review and make a report or"
                + " recommendation on the draft Plan, or draft variation, given to the Panel by the Commissioner.")));
        List<String> background = new ArrayList<>();
        background.add("The Police Reform and Social Responsibility Act 2011 places a responsibility on Commissioners"
                + " to issue a Plan within the financial year they are elected. The " + planName + " was due by "
                + DAY.format(plan.deadline()) + varied.map(v -> "; its version in force was issued on "
                        + DAY.format(v.issuedOn())).orElse("") + ".");
        background.add("Under the Act, before issuing or varying a Plan, the Commissioner must consult the Chief"
                + " Constable and send the draft plan or variation to the Panel. The Panel must review it and make a"
                + " report or recommendations to the Commissioner.");
        if (draft.consultedOn() != null) {
            background.add("The Chief Constable was consulted on " + DAY.format(draft.consultedOn()) + ". "
                    + draft.consultationResponse());
        }
        if (draft.boardOn() != null) {
            background.add("A paper on the " + (whole ? "draft Plan" : "variation") + " was submitted to the "
                    + draft.boardName() + " on " + DAY.format(draft.boardOn()) + ".");
        }
        sections.add(new ReportSection(SectionKind.BACKGROUND, null, background));
        for (Objective objective : draft.objectives()) {
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add("The " + (whole ? "" : "updated ") + "Objective " + objective.number()
                    + " is organised under the following headings: " + String.join("; ", objective.sections()
                            .stream().map(PlanSection::heading).toList()) + ".");
            for (PlanSection section : objective.sections()) {
                List<String> text = section.paragraphs();
                for (int i = 0; i < text.size(); i++) {
                    paragraphs.add(i == 0 ? section.heading() + ". " + text.get(i) : text.get(i));
                }
            }
            sections.add(new ReportSection(SectionKind.DISCUSSION, "Objective " + objective.number() + " – "
                    + objective.title(), paragraphs));
        }
        sections.add(new ReportSection(SectionKind.NEXT_STEPS, null, List.of("The draft " + (whole ? "Plan"
                : "variation") + " will be reviewed by the Panel on " + DAY.format(meeting.start().toLocalDate())
                + ". The Commissioner must have regard to any report or recommendation, give the Panel a response to"
                + " any such report or recommendation and publish the response.")));
        List<String> papers = new ArrayList<>();
        papers.add(planName + (varied.isPresent() ? ", version " + varied.get().number() : ""));
        if (draft.boardNote() != null) {
            papers.add(draft.boardNote());
        }
        sections.add(new ReportSection(SectionKind.BACKGROUND_PAPERS, null, papers));
        sections.add(new ReportSection(SectionKind.APPENDICES, null, List.of("Appendix 1 – " + (whole
                ? "Draft " + planName : "Draft " + draft.title() + " of the " + planName) + ".")));
        return new ReportDetails(draft.reviewItemNumber(), whole ? "DRAFT POLICE AND CRIME PLAN"
                : "POLICE AND CRIME PLAN VARIATION", "the " + office,
                contact == null ? name : contact.name(), contact == null ? null : contact.jobTitle(),
                contact == null ? null : contact.phone(), contact == null ? null : contact.email(), false, null,
                sections);
    }

    /**
     * The report to the approving body's meeting on a protocol or agreement (seed 000's report to Cabinet): what it
     * is and who it is between, what it follows on from, its consultation (who it went to, when, and each comment in
     * the commenter's words, a Scrutiny Panel's view among them), and the approval sought; the one already composed
     * for that meeting is returned rather than a second made.
     */
    @Transactional
    public Report fromDocument(Actor actor, UUID documentId, UUID meetingId) {
        var existing = reports.composedFrom(meetingId, DOCUMENT, documentId.toString());
        if (existing.isPresent()) {
            return reports.report(actor, existing.get());
        }
        DocumentView view = documents.view(actor, documentId);
        Meeting meeting = meetings.meetingOnly(actor, meetingId);
        if (!meeting.bodyId().equals(view.document().approvingBodyId())) {
            throw new ReportsChangeRefused("meetingId", "reports.compose.meeting.approvingBody");
        }
        Person contact = actor.personId() == null ? null : directory.person(actor, actor.personId());
        return reports.create(actor, meetingId, details(view, meeting, contact, actor.name()), DOCUMENT,
                documentId.toString());
    }

    /** The report on the document to the meeting, its contact officer the person given (or the name, with none). */
    public ReportDetails details(DocumentView view, Meeting meeting, Person contact, String name) {
        Document document = view.document();
        String body = view.approvingBodyName() == null ? "the approving body" : view.approvingBodyName();
        String between = view.partyNames().isEmpty() ? view.ownerOrganisationName()
                : view.ownerOrganisationName() + " and " + String.join(", ", view.partyNames());
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new ReportSection(SectionKind.PURPOSE, null, List.of("To seek the approval of " + body
                + " for the " + document.title() + " between " + between + ".")));
        sections.add(new ReportSection(SectionKind.RECOMMENDATIONS, null, List.of(body + " is asked to approve the "
                + document.title() + ".")));
        List<String> background = new ArrayList<>();
        background.add(document.summary());
        if (view.parent() != null) {
            background.add("It follows on from the " + view.parent().title() + ".");
        }
        for (Circulation circulation : view.circulations()) {
            background.add("The draft" + (circulation.versionLabel() == null ? "" : " (" + circulation.versionLabel()
                    + ")") + " was sent to " + circulation.recipientsLabel() + " on " + DAY.format(circulation.sentOn())
                    + (circulation.note() == null ? "." : ": " + circulation.note()));
        }
        sections.add(new ReportSection(SectionKind.BACKGROUND, null, background));
        List<String> discussion = new ArrayList<>();
        for (ConsultationComment comment : view.comments()) {
            discussion.add(comment.commenter().name() + (comment.sectionLabel() == null ? ""
                    : " on " + comment.sectionLabel()) + ", " + DAY.format(comment.receivedOn()) + ": "
                    + comment.text());
        }
        if (!discussion.isEmpty()) {
            sections.add(new ReportSection(SectionKind.DISCUSSION, "Consultation", discussion));
        }
        sections.add(new ReportSection(SectionKind.NEXT_STEPS, null, List.of("Once approved the " + document.title()
                + " comes into force and is reviewed " + (document.reviewPeriodMonths() == null ? "as agreed"
                        : "every " + document.reviewPeriodMonths() + " months") + ".")));
        if (view.parent() != null) {
            sections.add(new ReportSection(SectionKind.BACKGROUND_PAPERS, null, List.of(view.parent().title())));
        }
        sections.add(new ReportSection(SectionKind.APPENDICES, null, List.of("Annex A – " + document.title()
                + (view.current() == null ? "" : ", " + view.current().label()) + ".")));
        return new ReportDetails(null, document.title(), contact == null || contact.jobTitle() == null
                ? view.ownerOrganisationName() : "the " + contact.jobTitle(), contact == null ? name : contact.name(),
                contact == null ? null : contact.jobTitle(), contact == null ? null : contact.phone(),
                contact == null ? null : contact.email(), false, null, sections);
    }
}
