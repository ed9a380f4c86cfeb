package uk.saferhub.meetings.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.FormErrors;

/**
 * The meetings a reader asks for on the meetings page: from one date to another (either left out means from today, or
 * eight weeks on), of every body or one. Any dates from 1900 to 2100 may be asked for, so the partnership's past is as
 * near as its coming meetings.
 */
record MeetingsPeriodForm(
        @DateEntered(name = "meetings.list.from.name", required = false) DateInput from,
        @DateEntered(name = "meetings.list.to.name", required = false) DateInput to,
        BodyId body) {

    /** The period shown when none is asked for: eight weeks from today. */
    static final int DEFAULT_WEEKS = 8;

    MeetingsPeriodForm {
        from = DateInput.orEmpty(from);
        to = DateInput.orEmpty(to);
    }

    /** The address of the meetings page showing the meetings from {@code first} to {@code last}. */
    static String address(LocalDate first, LocalDate last, BodyId body) {
        return UriComponentsBuilder.fromPath("/meetings")
                .queryParam("from.day", first.getDayOfMonth()).queryParam("from.month", first.getMonthValue())
                .queryParam("from.year", first.getYear())
                .queryParam("to.day", last.getDayOfMonth()).queryParam("to.month", last.getMonthValue())
                .queryParam("to.year", last.getYear())
                .queryParamIfPresent("body", java.util.Optional.ofNullable(body)).build().toUriString();
    }

    /** The first day asked for, or today. */
    LocalDate first(LocalDate today) {
        return from.isBlank() ? today : from.date();
    }

    /** The last day asked for (inclusive), or eight weeks on from the first. */
    LocalDate last(LocalDate today) {
        return to.isBlank() ? first(today).plusWeeks(DEFAULT_WEEKS).minusDays(1) : to.date();
    }

    /** The days of the period, counting both ends. */
    static long days(LocalDate first, LocalDate last) {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The end date may not come before the start date. */
    void check(Errors errors, LocalDate today) {
        if (!errors.hasFieldErrors("from*") && !errors.hasFieldErrors("to*") && !to.isBlank()
                && last(today).isBefore(first(today))) {
            FormErrors.reject(errors, "to.day", "meetings.list.to.beforeFrom");
        }
    }
}
