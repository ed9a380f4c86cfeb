package uk.saferhub.intake.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.intake.Observations;
import uk.saferhub.intake.internal.Grading;
import uk.saferhub.intake.internal.IntakeChangeRefused;
import uk.saferhub.intake.internal.NewObservation;
import uk.saferhub.intake.internal.Observation;
import uk.saferhub.intake.internal.ObservationKind;
import uk.saferhub.shared.access.Actor;

/**
 * Observations in the API, as on the pages: readers list and read those they may see (intelligence only with a
 * police organisation's key or account; to anyone else it does not exist); police contributors record them.
 */
@RestController
@RequestMapping("/api/v1/observations")
@Tag(name = "Observations", description = "PCSOs' quality-of-life observations and police-only intelligence")
class ObservationApiController {

    private static final int MOST = 500;

    private final Observations observations;
    private final Clock clock;

    ObservationApiController(Observations observations, Clock clock) {
        this.observations = observations;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping
    @Operation(summary = "The newest observations you may see, of one kind or both, since a time")
    List<ObservationResponse> list(Actor actor,
            @Parameter(description = "QUALITY_OF_LIFE or INTELLIGENCE") @RequestParam(required = false)
            ObservationKind kind,
            @Parameter(description = "Observed at or after this date-time with its zone, by default 183 days ago")
            @RequestParam(required = false) OffsetDateTime since,
            @Parameter(description = "How many, 1 to 500") @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MOST) {
            throw new IntakeChangeRefused("limit", "observations.api.limit");
        }
        Instant from = since == null ? clock.instant().minus(java.time.Duration.ofDays(183)) : since.toInstant();
        return observations.list(actor, kind, from, limit).stream().map(ObservationResponse::of).toList();
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/{id}")
    @Operation(summary = "One observation you may see")
    ObservationResponse one(Actor actor, @PathVariable UUID id) {
        return ObservationResponse.of(observations.observation(actor, id));
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping
    @Operation(summary = "Record an observation or a piece of intelligence (police contributors)")
    ResponseEntity<ObservationResponse> record(Actor actor, @RequestBody ObservationRequest request) {
        Observation recorded = observations.record(actor, request.details());
        return ResponseEntity.created(URI.create("/api/v1/observations/" + recorded.id()))
                .body(ObservationResponse.of(recorded));
    }

    /** An observation to record; grading fields only for intelligence. */
    record ObservationRequest(ObservationKind kind, UUID categoryId, UUID wardId, String location, Double latitude,
            Double longitude, String description, OffsetDateTime observedAt, UUID priorityId,
            String sourceEvaluation, String intelligenceAssessment, String handlingCode,
            String handlingConditions) {

        NewObservation details() {
            if (description != null && description.length() > 2000) {
                throw new IntakeChangeRefused("description", "observations.description.tooLong");
            }
            if (location != null && location.length() > 300) {
                throw new IntakeChangeRefused("location", "observations.location.tooLong");
            }
            if (handlingConditions != null && handlingConditions.length() > 500) {
                throw new IntakeChangeRefused("handlingConditions", "observations.handlingConditions.tooLong");
            }
            return new NewObservation(kind, categoryId, wardId, location, latitude, longitude, description,
                    observedAt == null ? null : observedAt.toInstant(), priorityId,
                    kind == ObservationKind.INTELLIGENCE ? new Grading(sourceEvaluation, intelligenceAssessment,
                            handlingCode, handlingConditions) : null);
        }
    }

    /** An observation as the API gives it; grading only on intelligence. */
    record ObservationResponse(UUID id, ObservationKind kind, String handlingLevel, UUID organisationId,
            String recordedBy, UUID categoryId, String category, UUID wardId, String location, Double latitude,
            Double longitude, String description, Instant observedAt, UUID priorityId, Grading grading,
            Instant recordedAt, int version) {

        static ObservationResponse of(Observation o) {
            return new ObservationResponse(o.id(), o.kind(), o.handlingLevel().name(), o.owningOrganisationId(),
                    o.recordedByName(), o.categoryId(), o.categoryName(), o.wardId(), o.location(), o.latitude(),
                    o.longitude(), o.description(), o.observedAt(), o.priorityId(), o.grading(), o.recordedAt(),
                    o.version());
        }
    }
}
