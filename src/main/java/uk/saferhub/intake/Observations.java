package uk.saferhub.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.intake.internal.Grading;
import uk.saferhub.intake.internal.IntakeChangeRefused;
import uk.saferhub.intake.internal.NewObservation;
import uk.saferhub.intake.internal.Observation;
import uk.saferhub.intake.internal.ObservationKind;
import uk.saferhub.intake.internal.ObservationStore;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.RestrictedRecordViewed;
import uk.saferhub.shared.access.Role;

/**
 * PCSOs' and police officers' observations and intelligence (seed 002: information "on criminal activity and quality
 * of life issues to feed into constabulary intelligence links"). Police contributors record them; a quality-of-life
 * observation is seen by the partnership and counted in the local data analysis; intelligence is POLICE_ONLY, so no
 * council reader ever gets it by any route, and every view of it is audited.
 */
@Service
public class Observations {

    /** How far ahead of the server's clock an observation's time may be (a phone's clock runs fast). */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private final ObservationStore store;
    private final PriorityChoices priorities;
    private final Geography geography;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Observations(ObservationStore store, PriorityChoices priorities, Geography geography, AccessPolicy access,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.priorities = priorities;
        this.geography = geography;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the actor may record observations: a contributor of a police organisation. */
    public static boolean mayRecord(Actor actor) {
        return actor != null && actor.police() && ChangePolicy.holds(actor, Role.CONTRIBUTOR);
    }

    /** Records an observation for the actor's organisation, checked whole; nothing is stored when a rule fails. */
    @Transactional
    public Observation record(Actor actor, NewObservation given) {
        if (!mayRecord(actor)) {
            throw new AccessDeniedException("Only police contributors record observations");
        }
        if (given.kind() == null) {
            throw new IntakeChangeRefused("kind", "observations.kind.required");
        }
        PriorityChoices.CategoryChoice category = priorities.categories().stream()
                .filter(one -> one.id().equals(given.categoryId())).findFirst()
                .orElseThrow(() -> new IntakeChangeRefused("category", "observations.category.required"));
        UUID ward = ward(given);
        if (given.location() == null || given.location().isBlank()) {
            throw new IntakeChangeRefused("location", "observations.location.required");
        }
        if (given.description() == null || given.description().isBlank()) {
            throw new IntakeChangeRefused("description", "observations.description.required");
        }
        Instant now = clock.instant();
        if (given.observedAt() == null) {
            throw new IntakeChangeRefused("observedDate", "observations.observedAt.required");
        }
        if (given.observedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new IntakeChangeRefused("observedDate", "observations.observedAt.future");
        }
        if (given.priorityId() != null && priorities.find(actor, given.priorityId()).isEmpty()) {
            throw new IntakeChangeRefused("priority", "observations.priority.unknown");
        }
        Grading grading = grading(given);
        Observation observation = new Observation(UUID.randomUUID(), given.kind(), given.kind().handlingLevel(),
                actor.organisationId(), actor.id(), actor.name(), category.id(), category.name(), ward,
                given.location().strip(), given.latitude(), given.longitude(), given.description().strip(),
                given.observedAt(), given.priorityId(), grading, now, 0);
        store.insert(observation);
        audit.record(AuditEntry.by(actor, AuditAction.CREATE, Observation.RECORD_TYPE, observation.id(),
                (observation.intelligence() ? "Intelligence" : "Observation") + " recorded: " + category.name(),
                Changes.created(Map.of("kind", observation.kind().name(),
                        "handlingLevel", observation.handlingLevel().name(), "wardId", String.valueOf(ward),
                        "priorityId", String.valueOf(observation.priorityId())))));
        return observation;
    }

    /** One observation the actor may see (a view of intelligence is audited); any other is not found. */
    @Transactional(readOnly = true)
    public Observation observation(Actor actor, UUID id) {
        return access.requireVisible(actor, store.find(id), Observation.RECORD_TYPE, id);
    }

    /** Whether the actor may open the observation, without recording a view. */
    @Transactional(readOnly = true)
    public boolean maySee(Actor actor, UUID id) {
        return store.find(id).filter(observation -> AccessPolicy.canSee(actor, observation)).isPresent();
    }

    /**
     * The newest observations the actor may see (of one kind, or both when null) from the given time on; each piece
     * of intelligence listed is a view, audited.
     */
    @Transactional(readOnly = true)
    public List<Observation> list(Actor actor, ObservationKind kind, Instant from, int limit) {
        List<Observation> found = store.visibleTo(actor, kind, from, limit);
        auditViews(actor, found);
        return found;
    }

    /** Whether the actor may change the observation's link: a contributor who may see it, of its organisation. */
    public static boolean mayLink(Actor actor, Observation observation) {
        return mayRecord(actor) && ChangePolicy.mayChange(actor, observation, Role.CONTRIBUTOR);
    }

    /** Links an observation read at the version given to a priority, or unlinks it (null). */
    @Transactional
    public Observation link(Actor actor, UUID id, int version, UUID priorityId) {
        Observation observation = observation(actor, id);
        if (!mayLink(actor, observation)) {
            throw new AccessDeniedException("Only police contributors of its organisation link an observation");
        }
        if (priorityId != null && priorities.find(actor, priorityId).isEmpty()) {
            throw new IntakeChangeRefused("priority", "observations.priority.unknown");
        }
        if (!store.link(id, version, priorityId)) {
            throw new IntakeChangeRefused("priority", "observations.stale");
        }
        audit.record(AuditEntry.by(actor, AuditAction.UPDATE, Observation.RECORD_TYPE, id,
                (observation.intelligence() ? "Intelligence" : "Observation") + " linked to a priority",
                Changes.none().field("priorityId", observation.priorityId(), priorityId)));
        return store.find(id).orElseThrow();
    }

    /**
     * The observations linked to a priority that the actor may see, as items (source OBSERVATION, or INTELLIGENCE for
     * police readers); each piece of intelligence listed is a view, audited.
     */
    @Transactional(readOnly = true)
    public List<LocalItem> linkedTo(Actor actor, UUID priorityId) {
        if (actor == null) {
            return List.of();
        }
        List<Observation> found = store.linkedTo(actor, priorityId);
        auditViews(actor, found);
        return found.stream().map(Observations::item).toList();
    }

    /** The priority an observation is linked to, when the actor may see it. */
    public Optional<PriorityChoice> priority(Actor actor, Observation observation) {
        return observation.priorityId() == null ? Optional.empty()
                : priorities.find(actor, observation.priorityId());
    }

    static LocalItem item(Observation observation) {
        return new LocalItem(observation.intelligence() ? ObservationFigures.INTELLIGENCE : ObservationFigures.SOURCE,
                observation.id().toString(), observation.categoryName(), observation.wardId(), observation.latitude(),
                observation.longitude(), observation.location(), observation.observedAt());
    }

    private void auditViews(Actor actor, List<Observation> found) {
        found.stream().filter(observation -> observation.handlingLevel().viewIsAudited())
                .forEach(observation -> events.publishEvent(new RestrictedRecordViewed(actor,
                        Observation.RECORD_TYPE, observation.recordId(), observation.handlingLevel())));
    }

    /** The ward chosen, or the ward holding the point given; one or the other is needed. */
    private UUID ward(NewObservation given) {
        if ((given.latitude() == null) != (given.longitude() == null)) {
            throw new IntakeChangeRefused("latitude", "observations.point.both");
        }
        if (given.latitude() != null && (Math.abs(given.latitude()) > 90 || Math.abs(given.longitude()) > 180)) {
            throw new IntakeChangeRefused("latitude", "observations.point.range");
        }
        if (given.wardId() != null) {
            return geography.place(given.wardId()).filter(place -> place.type() == PlaceType.WARD).map(Place::id)
                    .orElseThrow(() -> new IntakeChangeRefused("ward", "observations.ward.unknown"));
        }
        if (given.latitude() == null) {
            throw new IntakeChangeRefused("ward", "observations.ward.required");
        }
        return geography.locate(given.latitude(), given.longitude()).stream()
                .filter(place -> place.type() == PlaceType.WARD).map(Place::id).findFirst()
                .orElseThrow(() -> new IntakeChangeRefused("latitude", "observations.point.noWard"));
    }

    private static Grading grading(NewObservation given) {
        Grading grading = given.grading();
        if (given.kind() != ObservationKind.INTELLIGENCE) {
            return null;
        }
        if (grading == null || !known(Grading.SOURCE_EVALUATIONS, grading.sourceEvaluation())) {
            throw new IntakeChangeRefused("sourceEvaluation", "observations.sourceEvaluation.required");
        }
        if (!known(Grading.INTELLIGENCE_ASSESSMENTS, grading.intelligenceAssessment())) {
            throw new IntakeChangeRefused("intelligenceAssessment", "observations.intelligenceAssessment.required");
        }
        if (!known(Grading.HANDLING_CODES, grading.handlingCode())) {
            throw new IntakeChangeRefused("handlingCode", "observations.handlingCode.required");
        }
        String conditions = grading.handlingConditions() == null || grading.handlingConditions().isBlank() ? null
                : grading.handlingConditions().strip();
        if ("C".equals(grading.handlingCode()) && conditions == null) {
            throw new IntakeChangeRefused("handlingConditions", "observations.handlingConditions.required");
        }
        return new Grading(grading.sourceEvaluation(), grading.intelligenceAssessment(), grading.handlingCode(),
                "C".equals(grading.handlingCode()) ? conditions : null);
    }

    /** Whether a code given (perhaps nothing) is one of the codes (the lists hold no null, and refuse to look one up). */
    private static boolean known(List<String> codes, String given) {
        return given != null && codes.contains(given);
    }
}
