package uk.saferhub.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.meetings.LinkedAgendaItems;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.plans.internal.PlanStore;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.Role;

/**
 * Drafting and taking a draft through its steps, each in the order {@link VariationRules} keeps, by those
 * {@link Plans#mayTake} names, each change audited. A step asks for the draft as it was read: a change made meanwhile
 * by someone else is refused rather than overwritten. A null actor is the system (the demonstration loader).
 */
@Service
public class PlanWorkflow {

    static final int LONG_TEXT = 20_000;
    static final int SHORT_TEXT = 300;

    private final Plans plans;
    private final PlanStore store;
    private final AccessPolicy access;
    private final Partnership partnership;
    private final Meetings meetings;
    private final LinkedAgendaItems agenda;
    private final Directory directory;
    private final AuditTrail audit;

    PlanWorkflow(Plans plans, PlanStore store, AccessPolicy access, Partnership partnership, Meetings meetings,
            LinkedAgendaItems agenda, Directory directory, AuditTrail audit) {
        this.plans = plans;
        this.store = store;
        this.access = access;
        this.partnership = partnership;
        this.meetings = meetings;
        this.agenda = agenda;
        this.directory = directory;
        this.audit = audit;
    }

    /** Drafts a variation of an issued Plan, by a coordinator of the Commissioner's office. */
    @Transactional
    public Variation draft(Actor actor, UUID planId, DraftDetails details) {
        Plan plan = actor == null ? plans.planUnaudited(planId).orElseThrow() : plans.plan(actor, planId);
        if (actor != null && !plans.mayDraft(actor, plan)) {
            throw new AccessDeniedException("Coordinators of the Commissioner's office draft variations");
        }
        if (!plan.issued()) {
            throw new PlansChangeRefused(null, "plans.draft.notIssued");
        }
        check(details);
        return insert(actor, plan, VariationKind.VARIATION, details);
    }

    /** Drafts a whole new Plan, to go through the same steps; the drafter's office is the Commissioner's. */
    @Transactional
    public Variation newPlan(Actor actor, UUID pccOfficeId, NewPlan plan, DraftDetails details) {
        if (actor != null && !(ChangePolicy.mayChangeFor(actor, pccOfficeId, Role.COORDINATOR)
                && actor.organisationId().equals(pccOfficeId))) {
            throw new AccessDeniedException("Coordinators of the Commissioner's office draft Plans");
        }
        required("title", plan.title(), SHORT_TEXT, "plans.plan.title.required");
        required("term", plan.term(), 40, "plans.plan.term.required");
        required("commissioner", plan.commissioner(), SHORT_TEXT, "plans.plan.commissioner.required");
        if (plan.electionYear() == null || plan.electionYear() < 2012 || plan.electionYear() > 2100) {
            throw new PlansChangeRefused("electionYear", "plans.plan.electionYear.range");
        }
        if (plan.forceId() == null || directory.organisation(plan.forceId()).filter(o -> o.police())
                .isEmpty()) {
            throw new PlansChangeRefused("forceId", "plans.plan.force.required");
        }
        Body panel = plan.panelId() == null ? null : partnership.body(plan.panelId()).orElse(null);
        if (panel == null || panel.type() != BodyType.POLICE_AND_CRIME_PANEL) {
            throw new PlansChangeRefused("panelId", "plans.plan.panel.required");
        }
        if (store.planByTitle(plan.title().strip(), plan.term().strip()).isPresent()) {
            throw new PlansChangeRefused("title", "plans.plan.title.taken");
        }
        check(details);
        Plan made = new Plan(UUID.randomUUID(), plan.title().strip(), plan.term().strip(),
                plan.commissioner().strip(), pccOfficeId, plan.forceId(), plan.panelId(), plan.electionYear(),
                List.of(), Set.of(), false);
        store.insert(made);
        audit.recordChange(AuditAction.CREATE, Plan.RECORD_TYPE, made.id(), "Police and Crime Plan "
                + made.title() + " (" + made.term() + ") drafted", Changes.created(Map.of("title", made.title(),
                        "term", made.term(), "commissioner", made.commissioner(), "deadline", made.deadline())));
        return insert(actor, made, VariationKind.NEW_PLAN, details);
    }

    private Variation insert(Actor actor, Plan plan, VariationKind kind, DraftDetails details) {
        Variation draft = new Variation(UUID.randomUUID(), plan.id(), plan.title(), plan.pccOfficeId(),
                plan.forceId(), plan.panelId(), kind, details.title().strip(), details.reason().strip(),
                sorted(details.objectives()), VariationStatus.DRAFT, null, null, null, null, null, null, null, null,
                null, null, false, null, null, null, null, null, null, List.of(), Set.of(), 0);
        store.insert(draft, actor == null ? "system" : actor.name());
        audit.recordChange(AuditAction.CREATE, Variation.RECORD_TYPE, draft.id(), (kind == VariationKind.NEW_PLAN
                ? "New Plan drafted: " : "Variation of " + plan.title() + " drafted: ") + draft.title(),
                Changes.created(Map.of("title", draft.title(), "objectives", objectiveNumbers(draft))));
        return draft;
    }

    /** Changes the draft's words before it is sent. */
    @Transactional
    public void edit(Actor actor, UUID id, int version, DraftDetails details) {
        Variation draft = take(actor, id, version, VariationStep.EDIT, null);
        check(details);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("title", details.title().strip());
        columns.put("reason", details.reason().strip());
        columns.put("objectives", sorted(details.objectives()));
        store.set(id, version, columns);
        audit.recordChange(AuditAction.UPDATE, Variation.RECORD_TYPE, id, "Draft changed: " + draft.title(),
                Changes.none().field("title", draft.title(), details.title().strip())
                        .field("reason", draft.reason(), details.reason().strip())
                        .field("objectives", objectiveNumbers(draft), objectiveNumbers(details.objectives())));
    }

    /** Records the consultation of the Chief Constable (s.5(6)(a)): the day, and the Chief Constable's response. */
    @Transactional
    public void consult(Actor actor, UUID id, int version, LocalDate on, String response) {
        Variation draft = take(actor, id, version, VariationStep.CONSULT, dated(on));
        required("response", response, LONG_TEXT, "plans.consult.response.required");
        step(draft, VariationStep.CONSULT, Map.of("consulted_on", on, "consultation_response", response.strip()),
                "Chief Constable consulted on " + on);
    }

    /** Records the paper on the draft put to a board of the Commissioner's (the Business Coordination Board). */
    @Transactional
    public void boardPaper(Actor actor, UUID id, int version, String board, LocalDate on, String note) {
        Variation draft = take(actor, id, version, VariationStep.BOARD_PAPER, dated(on));
        required("board", board, SHORT_TEXT, "plans.board.name.required");
        optional("note", note, LONG_TEXT);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("board_name", board.strip());
        columns.put("board_on", on);
        columns.put("board_note", note == null || note.isBlank() ? null : note.strip());
        step(draft, VariationStep.BOARD_PAPER, columns, "Paper put to the " + board.strip() + " on " + on);
    }

    /** Sends the draft to the Panel (s.5(6)(b)); from now its members see it. */
    @Transactional
    public void send(Actor actor, UUID id, int version, LocalDate on) {
        Variation draft = take(actor, id, version, VariationStep.SEND, dated(on));
        step(draft, VariationStep.SEND, Map.of("sent_on", on), "Sent to the Police and Crime Panel on " + on);
    }

    /** Puts the Panel's review on the agenda of one of its meetings, as the item numbered (or the next item). */
    @Transactional
    public void scheduleReview(Actor actor, UUID id, int version, UUID meetingId, Integer itemNumber) {
        Variation found = plans.variationOrNotFound(id);
        if (meetingId == null) {
            throw new PlansChangeRefused("meetingId", "plans.review.meeting.required");
        }
        Meeting meeting;
        try {
            meeting = actor == null ? meetings.meetingForSystem(meetingId).orElse(null)
                    : meetings.meetingOnly(actor, meetingId);
        } catch (uk.saferhub.shared.access.RecordNotFoundException notSeen) {
            meeting = null;
        }
        if (meeting == null || !meeting.bodyId().equals(found.panelId())) {
            throw new PlansChangeRefused("meetingId", "plans.review.meeting.required");
        }
        LocalDate day = meeting.start().toLocalDate();
        Variation draft = take(actor, id, version, VariationStep.SCHEDULE_REVIEW, null);
        if (draft.sentOn() != null && day.isBefore(draft.sentOn())) {
            throw new PlansChangeRefused("meetingId", "plans.review.meeting.beforeSent", draft.sentOn());
        }
        if (itemNumber != null && (itemNumber < 1 || itemNumber > 999)) {
            throw new PlansChangeRefused("itemNumber", "plans.review.item.range");
        }
        agenda.link(actor, meetingId, itemNumber, Variation.RECORD_TYPE, id.toString(),
                draft.kind() == VariationKind.NEW_PLAN ? "Draft Police and Crime Plan: " + draft.title()
                        : "Police and Crime Plan variation: " + draft.title(), draft.title());
        int number = meetings.itemNumberLinking(meetingId, Variation.RECORD_TYPE, id.toString()).orElse(itemNumber);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("review_meeting_id", meetingId);
        columns.put("review_item_number", number);
        step(draft, VariationStep.SCHEDULE_REVIEW, columns, "Review put on the agenda of the Panel on " + day
                + " as item " + number);
    }

    /**
     * Records the Panel's report on the draft (s.28(3)) and its recommendations, one text each, in order; a report
     * may make none.
     */
    @Transactional
    public void report(Actor actor, UUID id, int version, LocalDate on, String report, List<String> recommendations) {
        Variation draft = take(actor, id, version, VariationStep.REPORT, dated(on));
        required("report", report, LONG_TEXT, "plans.report.text.required");
        List<String> texts = recommendations == null ? List.of() : recommendations.stream()
                .filter(text -> text != null && !text.isBlank()).map(String::strip).toList();
        for (String text : texts) {
            if (text.length() > LONG_TEXT) {
                throw new PlansChangeRefused("recommendations", "plans.text.tooLong", LONG_TEXT);
            }
        }
        step(draft, VariationStep.REPORT, Map.of("reported_on", on, "panel_report", report.strip()),
                "The Panel's report of " + on + " recorded, with " + texts.size() + " recommendations");
        store.replaceRecommendations(id, texts);
    }

    /**
     * Records the Commissioner's response to the report (s.5(6)(d)) and to every recommendation, with the reasons;
     * a recommendation left without a response refuses the whole change.
     */
    @Transactional
    public void respond(Actor actor, UUID id, int version, LocalDate on, String response, List<Answer> answers) {
        Variation draft = take(actor, id, version, VariationStep.RESPOND, dated(on));
        required("response", response, LONG_TEXT, "plans.respond.text.required");
        Map<UUID, Answer> given = new TreeMap<>();
        (answers == null ? List.<Answer>of() : answers).stream()
                .filter(answer -> answer != null && answer.recommendationId() != null)
                .forEach(answer -> given.put(answer.recommendationId(), answer));
        for (int i = 0; i < draft.recommendations().size(); i++) {
            Recommendation recommendation = draft.recommendations().get(i);
            Answer answer = given.get(recommendation.id());
            if (answer == null || answer.response() == null) {
                throw new PlansChangeRefused("answers[" + i + "].response", "plans.respond.answer.required",
                        recommendation.number());
            }
            if (answer.reasons() == null || answer.reasons().isBlank()) {
                throw new PlansChangeRefused("answers[" + i + "].reasons", "plans.respond.reasons.required",
                        recommendation.number());
            }
            if (answer.reasons().length() > LONG_TEXT) {
                throw new PlansChangeRefused("answers[" + i + "].reasons", "plans.text.tooLong", LONG_TEXT);
            }
        }
        step(draft, VariationStep.RESPOND, Map.of("responded_on", on, "response", response.strip()),
                "The Commissioner's response of " + on + " to the Panel's report recorded");
        for (Recommendation recommendation : draft.recommendations()) {
            Answer answer = given.get(recommendation.id());
            store.answer(recommendation.id(), answer.response(), answer.reasons().strip());
        }
    }

    /** Records that the response is published (s.5(6)(e)), and where; the draft and its record become public. */
    @Transactional
    public void publish(Actor actor, UUID id, int version, LocalDate on, String where) {
        Variation draft = take(actor, id, version, VariationStep.PUBLISH, dated(on));
        optional("where", where, SHORT_TEXT);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("published_on", on);
        columns.put("published_at", where == null || where.isBlank() ? null : where.strip());
        step(draft, VariationStep.PUBLISH, columns, "The Commissioner's response published on " + on);
    }

    /**
     * Issues the Plan with the draft: a new version holding the current objectives with the draft's in place of those
     * of the same number (a new Plan: the draft's alone). Without a published response only once the Panel's review
     * time has passed with no report.
     */
    @Transactional
    public PlanVersion issue(Actor actor, UUID id, int version, LocalDate on) {
        Variation draft = take(actor, id, version, VariationStep.ISSUE, dated(on));
        Plan plan = plans.planUnaudited(draft.planId()).orElseThrow();
        int number = plan.versions().size() + 1;
        List<Objective> objectives = draft.kind() == VariationKind.NEW_PLAN ? draft.objectives()
                : merged(plan.current().map(PlanVersion::objectives).orElse(List.of()), draft.objectives());
        PlanVersion issued = new PlanVersion(plan.id(), number, on, draft.id(), draft.title(), objectives);
        store.insert(issued);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("issued_on", on);
        columns.put("issued_version", number);
        columns.put("no_report", draft.reportedOn() == null);
        step(draft, VariationStep.ISSUE, columns, plan.title() + " version " + number + " issued on " + on);
        audit.recordChange(AuditAction.UPDATE, Plan.RECORD_TYPE, plan.id(), plan.title() + " version " + number
                + " issued with " + draft.title(), Changes.none().field("version", number - 1, number));
        return issued;
    }

    /** Withdraws a draft not yet issued. */
    @Transactional
    public void withdraw(Actor actor, UUID id, int version) {
        Variation draft = take(actor, id, version, VariationStep.WITHDRAW, null);
        step(draft, VariationStep.WITHDRAW, Map.of(), "Draft withdrawn: " + draft.title());
    }

    /**
     * Sets the Panel's own times: days to review a draft, days it expects the response in, and the reminder time.
     * By the Panel's officers (a contributor with a seat on it) or a coordinator of its host authority.
     */
    @Transactional
    public void setTiming(Actor actor, BodyId panelId, Integer reviewDays, Integer responseDays,
            Integer reminderDays, String note) {
        Body panel = partnership.body(actor, panelId);
        if (panel.type() != BodyType.POLICE_AND_CRIME_PANEL) {
            throw new PlansChangeRefused(null, "plans.timing.notPanel");
        }
        if (!mayTime(actor, panel)) {
            throw new AccessDeniedException("The Panel's officers set its times");
        }
        days("reviewDays", reviewDays, 1, 365);
        days("responseDays", responseDays, 1, 365);
        if (reminderDays == null) {
            throw new PlansChangeRefused("reminderDays", "plans.timing.reminder.range");
        }
        days("reminderDays", reminderDays, 0, 60);
        optional("note", note, LONG_TEXT);
        PanelTiming before = store.timing(panelId);
        PanelTiming after = new PanelTiming(panelId, reviewDays, responseDays, reminderDays,
                note == null || note.isBlank() ? null : note.strip());
        store.save(after);
        audit.recordChange(AuditAction.UPDATE, "plan-panel-timing", panelId.value(), "Times for reviewing drafts set"
                + " for " + panel.name(), Changes.none().field("reviewDays", before.reviewDays(), reviewDays)
                        .field("responseDays", before.responseDays(), responseDays)
                        .field("reminderDays", before.reminderDays(), reminderDays));
    }

    /** Whether the actor may set the Panel's times. */
    public boolean mayTime(Actor actor, Body panel) {
        if (actor == null) {
            return false;
        }
        boolean officer = actor.personId() != null && ChangePolicy.holds(actor, Role.CONTRIBUTOR)
                && partnership.membersOf(panel.id()).stream().anyMatch(seat -> seat.personId()
                        .equals(actor.personId()) && seat.currentOn(plans.today()));
        return officer || ChangePolicy.mayChange(actor, panel, Role.COORDINATOR)
                && actor.organisationId().equals(panel.owningOrganisationId());
    }

    private Variation take(Actor actor, UUID id, int version, VariationStep step, LocalDate on) {
        Variation draft = actor == null ? plans.variationOrNotFound(id) : plans.variation(actor, id);
        if (!plans.mayTake(actor, draft, step)) {
            throw new AccessDeniedException(step.panels() ? "The Panel's officers take this step"
                    : "Coordinators of the Commissioner's office take this step");
        }
        if (draft.version() != version) {
            throw new PlansChangeRefused(null, "plans.changedMeanwhile");
        }
        VariationRules.check(draft, step, on, plans.today(), store.timing(draft.panelId()));
        return draft;
    }

    private void step(Variation draft, VariationStep step, Map<String, Object> columns, String summary) {
        VariationStatus after = VariationRules.after(draft, step);
        Map<String, Object> set = new LinkedHashMap<>(columns);
        set.put("status", after);
        try {
            store.set(draft.id(), draft.version(), set);
        } catch (OptimisticLockingFailureException meanwhile) {
            throw new PlansChangeRefused(null, "plans.changedMeanwhile");
        }
        Changes changes = Changes.none().field("status", draft.status(), after);
        columns.forEach((column, value) -> changes.field(column, null, value));
        audit.recordChange(AuditAction.UPDATE, Variation.RECORD_TYPE, draft.id(), summary + " (" + draft.title()
                + ")", changes);
    }

    private static LocalDate dated(LocalDate on) {
        if (on == null) {
            throw new PlansChangeRefused("on", "plans.step.date.required");
        }
        return on;
    }

    /**
     * The field a refusal names for an objective of a draft, by its place in the list given: objectives[1].title (the
     * same path in the API's JSON and on the page's form).
     */
    public static String objectiveField(int index, String part) {
        return "objectives[" + index + "]." + part;
    }

    private static void check(DraftDetails details) {
        required("title", details.title(), SHORT_TEXT, "plans.draft.title.required");
        required("reason", details.reason(), LONG_TEXT, "plans.draft.reason.required");
        if (details.objectives().isEmpty()) {
            String text = objectiveField(0, "text");
            throw new PlansChangeRefused(text, "plans.draft.objectives.required");
        }
        Set<Integer> numbers = new java.util.HashSet<>();
        for (int i = 0; i < details.objectives().size(); i++) {
            Objective objective = details.objectives().get(i);
            String number = objectiveField(i, "number");
            String text = objectiveField(i, "text");
            if (objective.number() < 1 || objective.number() > 99 || !numbers.add(objective.number())) {
                throw new PlansChangeRefused(number, "plans.draft.objective.number");
            }
            required(objectiveField(i, "title"), objective.title(), SHORT_TEXT,
                    "plans.draft.objective.title.required");
            if (objective.sections().isEmpty()) {
                throw new PlansChangeRefused(text, "plans.draft.sections.required");
            }
            for (PlanSection section : objective.sections()) {
                required(text, section.heading(), SHORT_TEXT, "plans.draft.section.heading.required");
                required(text, section.text(), LONG_TEXT, "plans.draft.section.text.required");
            }
        }
    }

    private static void required(String field, String value, int longest, String key) {
        if (value == null || value.isBlank()) {
            throw new PlansChangeRefused(field, key);
        }
        if (value.strip().length() > longest) {
            throw new PlansChangeRefused(field, "plans.text.tooLong", longest);
        }
    }

    private static void optional(String field, String value, int longest) {
        if (value != null && value.strip().length() > longest) {
            throw new PlansChangeRefused(field, "plans.text.tooLong", longest);
        }
    }

    private static void days(String field, Integer days, int least, int most) {
        if (days != null && (days < least || days > most)) {
            throw new PlansChangeRefused(field, "plans.timing.days.range", least, most);
        }
    }

    static List<Objective> merged(List<Objective> current, List<Objective> changed) {
        Map<Integer, Objective> byNumber = new TreeMap<>();
        current.forEach(objective -> byNumber.put(objective.number(), objective));
        changed.forEach(objective -> byNumber.put(objective.number(), objective));
        return new ArrayList<>(byNumber.values());
    }

    private static List<Objective> sorted(List<Objective> objectives) {
        return objectives.stream().sorted(Comparator.comparingInt(Objective::number)).toList();
    }

    private static String objectiveNumbers(Variation draft) {
        return objectiveNumbers(draft.objectives());
    }

    private static String objectiveNumbers(List<Objective> objectives) {
        return String.join(", ", objectives.stream().map(o -> "Objective " + o.number() + " " + o.title()).toList());
    }
}
