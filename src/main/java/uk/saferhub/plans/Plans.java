package uk.saferhub.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.plans.internal.PlanStore;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;

/**
 * Reading Plans and drafts as the access model lets the actor see them (a null actor is the public): issued Plans and
 * published drafts for everyone; other drafts for the Commissioner's office, the Chief Constable's force and, once
 * sent, the people holding a seat on the Panel. It also says who may take each step, and what falls due.
 */
@Service
public class Plans {

    private final PlanStore store;
    private final Partnership partnership;
    private final AccessPolicy access;
    private final Clock clock;
    private final Directory directory;

    Plans(PlanStore store, Partnership partnership, AccessPolicy access, Clock clock, Directory directory) {
        this.directory = directory;
        this.store = store;
        this.partnership = partnership;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The Plans the actor may see, the latest term first. */
    @Transactional(readOnly = true)
    public List<Plan> plans(Actor actor) {
        return store.plans().stream().map(this::withReaders).filter(plan -> AccessPolicy.canSee(actor, plan))
                .toList();
    }

    /** A Plan the actor may see (its view audited while it is a draft); otherwise absent. */
    @Transactional(readOnly = true)
    public Plan plan(Actor actor, UUID id) {
        return access.requireVisible(actor, store.plan(id).map(this::withReaders), Plan.RECORD_TYPE, id);
    }

    /** The drafts of a Plan the actor may see, the latest first. */
    @Transactional(readOnly = true)
    public List<Variation> variations(Actor actor, UUID planId) {
        plan(actor, planId);
        return store.variationsOf(planId).stream().map(this::withReaders)
                .filter(draft -> AccessPolicy.canSee(actor, draft)).toList();
    }

    /** Every draft the actor may see, of every Plan, the latest first. */
    @Transactional(readOnly = true)
    public List<Variation> variations(Actor actor) {
        return store.variations().stream().map(this::withReaders).filter(draft -> AccessPolicy.canSee(actor, draft))
                .toList();
    }

    /** A draft the actor may see (its view audited until it is published); otherwise absent. */
    @Transactional(readOnly = true)
    public Variation variation(Actor actor, UUID id) {
        return access.requireVisible(actor, store.variation(id).map(this::withReaders), Variation.RECORD_TYPE, id);
    }

    /** Whether the actor may see the Plan or draft, asked without auditing a view: the audit trail's question. */
    @Transactional(readOnly = true)
    public boolean visibleWithoutAudit(Actor actor, String recordType, UUID id) {
        return Plan.RECORD_TYPE.equals(recordType)
                ? planUnaudited(id).filter(plan -> AccessPolicy.canSee(actor, plan)).isPresent()
                : variationUnaudited(id).filter(draft -> AccessPolicy.canSee(actor, draft)).isPresent();
    }

    /** The draft as its rules see it, without auditing a view: for the audit trail's own questions. */
    Optional<Variation> variationUnaudited(UUID id) {
        return store.variation(id).map(this::withReaders);
    }

    Optional<Plan> planUnaudited(UUID id) {
        return store.plan(id).map(this::withReaders);
    }

    /** The Panel's timing (no limits unless it set them). */
    @Transactional(readOnly = true)
    public PanelTiming timing(BodyId panel) {
        return store.timing(panel);
    }

    /**
     * The Plan the draft changes: the version it was issued over, or, until it is issued, the current version (none
     * for a new Plan).
     */
    @Transactional(readOnly = true)
    public Optional<PlanVersion> versionVariedBy(Variation draft) {
        Optional<Plan> plan = store.plan(draft.planId());
        return draft.issuedVersion() != null ? plan.flatMap(p -> p.version(draft.issuedVersion() - 1))
                : plan.flatMap(Plan::current);
    }

    /** Whether the actor may draft a whole new Plan: a coordinator of a Commissioner's office. */
    public boolean mayDraftPlan(Actor actor) {
        return actor != null && ChangePolicy.holds(actor, Role.COORDINATOR) && directory.organisation(
                actor.organisationId()).filter(o -> o.type() == OrganisationType.PCC_OFFICE).isPresent();
    }

    /** Whether the actor may draft a variation of the Plan: a coordinator of the Commissioner's office. */
    public boolean mayDraft(Actor actor, Plan plan) {
        return ChangePolicy.mayChangeFor(actor, plan.pccOfficeId(), Role.COORDINATOR)
                && actor.organisationId().equals(plan.pccOfficeId());
    }

    /**
     * Whether the actor may take the step on the draft (whatever the draft's state): the Commissioner's steps by a
     * coordinator of the Commissioner's office; the Panel's by a contributor holding a seat on the Panel (its
     * officers), once the draft is sent. A null actor is the system, loading the demonstration.
     */
    public boolean mayTake(Actor actor, Variation draft, VariationStep step) {
        if (actor == null) {
            return true;
        }
        if (step.panels()) {
            return actor.personId() != null && draft.panelReaders().contains(actor.personId())
                    && draft.sentOn() != null && AccessPolicy.canSee(actor, draft)
                    && ChangePolicy.holds(actor, Role.CONTRIBUTOR);
        }
        return ChangePolicy.mayChange(actor, draft, Role.COORDINATOR);
    }

    /** The steps the actor may take on the draft today, in the order of the Act. */
    public List<VariationStep> stepsOpenTo(Actor actor, Variation draft) {
        PanelTiming timing = store.timing(draft.panelId());
        return VariationRules.open(draft, today(), timing).stream().filter(step -> mayTake(actor, draft, step))
                .toList();
    }

    /**
     * What falls due on the drafts the actor may see, soonest first: each open draft's next step, and the date by
     * which it is due where the Panel sets one, with whether that date is within the reminder time or past.
     */
    @Transactional(readOnly = true)
    public List<DueStep> due(Actor actor) {
        LocalDate today = today();
        List<DueStep> due = new ArrayList<>();
        for (Variation draft : variations(actor)) {
            if (draft.status() == VariationStatus.ISSUED || draft.status() == VariationStatus.WITHDRAWN) {
                continue;
            }
            PanelTiming timing = store.timing(draft.panelId());
            VariationStep next = switch (draft.status()) {
                case DRAFT -> VariationStep.CONSULT;
                case CONSULTED -> VariationStep.SEND;
                case SENT -> VariationStep.SCHEDULE_REVIEW;
                case REVIEW_SCHEDULED -> VariationStep.REPORT;
                case REPORTED -> VariationStep.RESPOND;
                case RESPONDED -> VariationStep.PUBLISH;
                default -> VariationStep.ISSUE;
            };
            Optional<LocalDate> by = switch (next) {
                case SCHEDULE_REVIEW, REPORT -> VariationRules.reportDue(draft, timing);
                case RESPOND, PUBLISH -> VariationRules.responseDue(draft, timing);
                default -> Optional.empty();
            };
            Optional<Plan> plan = store.plan(draft.planId());
            if (draft.kind() == VariationKind.NEW_PLAN && by.isEmpty() && plan.isPresent()) {
                by = Optional.of(plan.get().deadline());
            }
            DueStep.Urgency urgency = by.map(date -> date.isBefore(today) ? DueStep.Urgency.OVERDUE
                    : !date.isAfter(today.plusDays(timing.reminderDays())) ? DueStep.Urgency.SOON
                            : DueStep.Urgency.LATER).orElse(DueStep.Urgency.UNTIMED);
            due.add(new DueStep(draft, next, by.orElse(null), urgency, mayTake(actor, draft, next)));
        }
        due.sort(Comparator.comparing(DueStep::by, Comparator.nullsLast(Comparator.naturalOrder())));
        return due;
    }

    private Variation withReaders(Variation draft) {
        return draft.withPanelReaders(panelReaders(draft.panelId()));
    }

    private Plan withReaders(Plan plan) {
        return plan.withPanelReaders(panelReaders(plan.panelId()));
    }

    /** The people holding a seat on the Panel today. */
    Set<UUID> panelReaders(BodyId panel) {
        LocalDate today = today();
        return partnership.membersOf(panel).stream().filter(seat -> seat.currentOn(today))
                .map(Membership::personId).collect(Collectors.toSet());
    }

    /** Finds the draft or answers as if it did not exist. */
    Variation variationOrNotFound(UUID id) {
        return variationUnaudited(id).orElseThrow(() -> new RecordNotFoundException(Variation.RECORD_TYPE, id));
    }
}
