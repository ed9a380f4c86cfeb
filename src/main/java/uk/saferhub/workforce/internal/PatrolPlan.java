package uk.saferhub.workforce.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * A week's patrol plan for an area: its visits, the months of crime it was made from, the share of each shift given
 * to hot spot visits, the harm-weighted coverage it reaches, and its version (for two people adjusting it at once).
 * It says where PCSOs will be and when, so it is the PCSOs' force's alone (AGENCY), never a partner's.
 */
public record PatrolPlan(UUID id, UUID areaId, String areaName, LocalDate weekStart, UUID forceId, YearMonth from,
        YearMonth to, int sharePercent, double worth, Instant createdAt, int version, List<PatrolVisit> visits)
        implements Restricted {

    @Override
    public String recordType() {
        return "patrol-plan";
    }

    @Override
    public String recordId() {
        return id.toString();
    }

    @Override
    public UUID owningOrganisationId() {
        return forceId;
    }

    @Override
    public HandlingLevel handlingLevel() {
        return HandlingLevel.AGENCY;
    }

    public LocalDate weekEnd() {
        return weekStart.plusDays(6);
    }
}
