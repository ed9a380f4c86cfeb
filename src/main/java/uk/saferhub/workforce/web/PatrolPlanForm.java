package uk.saferhub.workforce.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Proposing a patrol plan: the area, the week (its Monday, yyyy-mm-dd) and the share of each shift for visits. */
record PatrolPlanForm(
        @NotNull(message = "{workforce.patrol.area.required}") UUID areaId,
        @NotNull(message = "{workforce.patrol.week.monday}")
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{workforce.patrol.week.monday}") String weekStart,
        @NotNull(message = "{workforce.patrol.share.range}") @Min(value = 5, message = "{workforce.patrol.share.range}")
        @Max(value = 100, message = "{workforce.patrol.share.range}") Integer sharePercent) {

    static final int DEFAULT_SHARE = 40;

    static PatrolPlanForm empty(java.time.LocalDate monday) {
        return new PatrolPlanForm(null, monday.toString(), DEFAULT_SHARE);
    }

    java.time.LocalDate week() {
        return java.time.LocalDate.parse(weekStart);
    }
}
