package uk.saferhub.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Audience;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * A draft variation of a Plan (or a whole new draft Plan) and the record of its statutory steps. Until the
 * Commissioner's response is published it is seen only by the Commissioner's office, the Chief Constable's force and,
 * once sent, the people holding a seat on the Panel; then by everyone. Only the Commissioner's office changes the
 * draft and records the Commissioner's steps; the Panel's officers record the Panel's.
 */
public record Variation(UUID id, UUID planId, String planTitle, UUID pccOfficeId, UUID forceId, BodyId panelId,
        VariationKind kind, String title, String reason, List<Objective> objectives, VariationStatus status,
        LocalDate consultedOn, String consultationResponse, String boardName, LocalDate boardOn, String boardNote,
        LocalDate sentOn, UUID reviewMeetingId, Integer reviewItemNumber, LocalDate reportedOn, String panelReport,
        boolean noReport, LocalDate respondedOn, String response, LocalDate publishedOn, String publishedAt,
        LocalDate issuedOn, Integer issuedVersion, List<Recommendation> recommendations, Set<UUID> panelReaders,
        int version) implements Restricted {

    public static final String RECORD_TYPE = "plan-variation";

    public Variation {
        objectives = List.copyOf(objectives);
        recommendations = List.copyOf(recommendations);
        panelReaders = Set.copyOf(panelReaders);
    }

    /** The same draft, seen with the people holding a seat on its Panel. */
    public Variation withPanelReaders(Set<UUID> readers) {
        return new Variation(id, planId, planTitle, pccOfficeId, forceId, panelId, kind, title, reason, objectives,
                status, consultedOn, consultationResponse, boardName, boardOn, boardNote, sentOn, reviewMeetingId,
                reviewItemNumber, reportedOn, panelReport, noReport, respondedOn, response, publishedOn, publishedAt,
                issuedOn, issuedVersion, recommendations, readers, version);
    }

    public boolean everyRecommendationAnswered() {
        return recommendations.stream().allMatch(Recommendation::answered);
    }

    @Override
    public UUID owningOrganisationId() {
        return pccOfficeId;
    }

    @Override
    public HandlingLevel handlingLevel() {
        return status.published() ? HandlingLevel.PUBLIC : HandlingLevel.PARTNERSHIP;
    }

    @Override
    public Optional<Audience> narrowedTo() {
        return status.published() ? Optional.empty()
                : Optional.of(Plan.audience(pccOfficeId, forceId, sentOn != null, panelReaders));
    }

    @Override
    public Optional<Set<UUID>> changedOnlyBy() {
        return Optional.of(Set.of(pccOfficeId));
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
