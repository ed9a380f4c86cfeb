package uk.saferhub.intake.web;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.intake.internal.Grading;
import uk.saferhub.intake.internal.NewObservation;
import uk.saferhub.intake.internal.ObservationKind;
import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/**
 * An observation as a PCSO posts it from a phone: kind, category, the ward or a point, the street or named place,
 * what they saw, when (London time, HH:MM), the priority it feeds, and for intelligence its 3x5x2 grading.
 */
record ObservationForm(
        @NotNull(message = "{observations.kind.required}") ObservationKind kind,
        @NotNull(message = "{observations.category.required}") UUID category,
        UUID ward,
        @NotBlank(message = "{observations.location.required}")
        @Size(max = 300, message = "{observations.location.tooLong}") @PlainText String location,
        @Size(max = 20, message = "{observations.latitude.invalid}") String latitude,
        @Size(max = 20, message = "{observations.longitude.invalid}") String longitude,
        @NotBlank(message = "{observations.description.required}")
        @Size(max = 2000, message = "{observations.description.tooLong}") @PlainText(lineBreaks = true)
        String description,
        @DateEntered(name = "observations.observedDate.name") DateInput observedDate,
        @Size(max = 5, message = "{observations.observedTime.invalid}") String observedTime,
        UUID priority,
        @Size(max = 1, message = "{observations.sourceEvaluation.required}") String sourceEvaluation,
        @Size(max = 1, message = "{observations.intelligenceAssessment.required}") String intelligenceAssessment,
        @Size(max = 1, message = "{observations.handlingCode.required}") String handlingCode,
        @Size(max = 500, message = "{observations.handlingConditions.tooLong}") @PlainText String handlingConditions) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The module's field names that the form calls differently. */
    static final Map<String, String> FIELDS = Map.of("observedAt", "observedDate.day");

    ObservationForm {
        observedDate = DateInput.orEmpty(observedDate);
    }

    /** A new form for now, with the priority already chosen when the PCSO came from one. */
    static ObservationForm at(java.time.ZonedDateTime now, UUID priority) {
        return new ObservationForm(null, null, null, null, null, null, null, DateInput.of(now.toLocalDate()),
                String.format("%02d:%02d", now.getHour(), now.getMinute()), priority,
                null, null, null, null);
    }

    /** The point and time must be numbers and a time of day. */
    void check(Errors errors) {
        if (!blank(latitude) && number(latitude) == null) {
            FormErrors.reject(errors, "latitude", "observations.latitude.invalid");
        }
        if (!blank(longitude) && number(longitude) == null) {
            FormErrors.reject(errors, "longitude", "observations.longitude.invalid");
        }
        if (!blank(observedTime) && time() == null) {
            FormErrors.reject(errors, "observedTime", "observations.observedTime.invalid");
        }
    }

    NewObservation details() {
        java.time.LocalDate day = observedDate.date();
        LocalTime at = blank(observedTime) ? LocalTime.NOON : time();
        return new NewObservation(kind, category, ward, location, number(latitude), number(longitude), description,
                day == null ? null : day.atTime(at).atZone(LONDON).toInstant(), priority,
                kind == ObservationKind.INTELLIGENCE
                        ? new Grading(sourceEvaluation, intelligenceAssessment, handlingCode, handlingConditions)
                        : null);
    }

    private LocalTime time() {
        try {
            return LocalTime.parse(observedTime.strip().length() == 4 ? "0" + observedTime.strip()
                    : observedTime.strip());
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    private static Double number(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
