package uk.saferhub.meetings;

import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static java.time.Month.MARCH;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.saferhub.meetings.internal.Cadence;
import uk.saferhub.meetings.internal.CadenceKind;
import uk.saferhub.meetings.internal.CadenceMonth;
import uk.saferhub.meetings.internal.CadenceRefused;
import uk.saferhub.meetings.internal.Occurrence;
import uk.saferhub.support.RefusalWords;

class CadenceTests {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime TWO_PM = LocalTime.of(14, 0);

    private static Cadence sixWeekly(LocalDate anchor) {
        return Cadence.everyWeeks(6, anchor, TEN, 120, "Leeds Civic Hall");
    }

    private static Cadence communitySafetyBoard() {
        return Cadence.inMonths(List.of(new CadenceMonth(SEPTEMBER, 2, TUESDAY, "Set strategic goals"),
                new CadenceMonth(MARCH, 2, TUESDAY, "Review progress")), TWO_PM, 120, null);
    }

    private static Cadence strategicReview() {
        return Cadence.annualWindow(new CadenceMonth(SEPTEMBER, 1, WEDNESDAY, "Strategic review"), OCTOBER, TEN, 120,
                null);
    }

    private static List<LocalDate> dates(List<Occurrence> occurrences) {
        return occurrences.stream().map(Occurrence::date).toList();
    }

    private static List<LocalDate> dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    private static Cadence withMonths(CadenceKind kind, CadenceMonth... months) {
        return new Cadence(kind, null, null, List.of(months), OCTOBER, TEN, 60, null);
    }

    private static void assertRefused(Cadence cadence, String field, String message) {
        assertThatThrownBy(cadence::check).isInstanceOf(CadenceRefused.class)
                .satisfies(refusal -> assertThat(RefusalWords.of(refusal)).isEqualTo(message))
                .extracting(refusal -> ((CadenceRefused) refusal).field()).isEqualTo(field);
    }

    // Every N weeks

    @Test
    void sixWeeklyMeetingsKeepTheirLocalTimeAcrossTheClockChange() {
        List<Occurrence> meetings = sixWeekly(LocalDate.parse("2027-01-05"))
                .occurrences(LocalDate.parse("2027-02-01"), LocalDate.parse("2027-12-31"));

        assertThat(meetings).extracting(Occurrence::date, meeting -> meeting.start().getOffset(),
                meeting -> meeting.start().toLocalTime(), meeting -> meeting.end().toLocalTime()).containsExactly(
                        tuple(LocalDate.parse("2027-02-16"), ZoneOffset.UTC, TEN, LocalTime.NOON),
                        tuple(LocalDate.parse("2027-03-30"), ZoneOffset.ofHours(1), TEN, LocalTime.NOON),
                        tuple(LocalDate.parse("2027-05-11"), ZoneOffset.ofHours(1), TEN, LocalTime.NOON),
                        tuple(LocalDate.parse("2027-06-22"), ZoneOffset.ofHours(1), TEN, LocalTime.NOON),
                        tuple(LocalDate.parse("2027-08-03"), ZoneOffset.ofHours(1), TEN, LocalTime.NOON),
                        tuple(LocalDate.parse("2027-09-14"), ZoneOffset.ofHours(1), TEN, LocalTime.NOON),
                        tuple(LocalDate.parse("2027-10-26"), ZoneOffset.ofHours(1), TEN, LocalTime.NOON),
                        tuple(LocalDate.parse("2027-12-07"), ZoneOffset.UTC, TEN, LocalTime.NOON));
        assertThat(meetings.get(1).start().toInstant().toString()).isEqualTo("2027-03-30T09:00:00Z");
        assertThat(meetings.get(7).start().toInstant().toString()).isEqualTo("2027-12-07T10:00:00Z");
    }

    @Test
    void aMeetingCanBeReadInAnotherZoneAndLastsItsDuration() {
        Occurrence meeting = sixWeekly(LocalDate.parse("2027-03-30"))
                .occurrences(LocalDate.parse("2027-03-30"), LocalDate.parse("2027-03-31")).getFirst();

        assertThat(meeting.start(ZoneId.of("UTC")).toString()).isEqualTo("2027-03-30T10:00Z[UTC]");
        assertThat(meeting.start().toString()).isEqualTo("2027-03-30T10:00+01:00[Europe/London]");
        assertThat(meeting.end().toString()).isEqualTo("2027-03-30T12:00+01:00[Europe/London]");
        assertThat(meeting.durationMinutes()).isEqualTo(120);
        assertThat(meeting.purpose()).isNull();
        assertThat(meeting.window()).isNull();
    }

    @Test
    void sixWeeklyMeetingsRunOnAcrossTheYearEnd() {
        List<Occurrence> meetings = sixWeekly(LocalDate.parse("2026-11-17"))
                .occurrences(LocalDate.parse("2026-11-01"), LocalDate.parse("2027-03-01"));

        assertThat(dates(meetings)).isEqualTo(dates("2026-11-17", "2026-12-29", "2027-02-09"));
    }

    @Test
    void twelveMonthsFromTheAnchorHoldNineSixWeeklyMeetings() {
        LocalDate anchor = LocalDate.parse("2026-01-06");

        List<Occurrence> meetings = sixWeekly(anchor).occurrences(anchor, anchor.plusMonths(12));

        assertThat(meetings).hasSize(9);
        assertThat(meetings.getFirst().date()).isEqualTo(anchor);
        assertThat(meetings.getLast().date()).isEqualTo(LocalDate.parse("2026-12-08"));
    }

    @Test
    void anAnchorInTheFutureAlsoPlacesTheMeetingsBeforeIt() {
        List<Occurrence> meetings = sixWeekly(LocalDate.parse("2026-06-02"))
                .occurrences(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-07-01"));

        assertThat(dates(meetings)).isEqualTo(dates("2026-01-27", "2026-03-10", "2026-04-21", "2026-06-02"));
    }

    @Test
    void anAnchorYearsInThePastKeepsTheCycleInStepAndLeavesOutEarlierMeetings() {
        List<Occurrence> meetings = sixWeekly(LocalDate.parse("2020-01-07"))
                .occurrences(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-01"));

        assertThat(dates(meetings)).isEqualTo(dates("2026-02-10", "2026-03-24", "2026-05-05", "2026-06-16",
                "2026-07-28", "2026-09-08", "2026-10-20", "2026-12-01"));
    }

    @Test
    void theRangeIncludesItsFirstDayAndExcludesItsLast() {
        Cadence cadence = sixWeekly(LocalDate.parse("2026-01-06"));

        assertThat(dates(cadence.occurrences(LocalDate.parse("2026-02-17"), LocalDate.parse("2026-03-31"))))
                .isEqualTo(dates("2026-02-17"));
        assertThat(cadence.occurrences(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-01"))).isEmpty();
        assertThat(cadence.occurrences(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-03-01"))).isEmpty();
    }

    // Fixed months

    @Test
    void theBoardMeetsInSeptemberToSetGoalsAndInMarchToReviewProgress() {
        List<Occurrence> meetings = communitySafetyBoard()
                .occurrences(LocalDate.parse("2026-04-01"), LocalDate.parse("2027-04-01"));

        assertThat(meetings).extracting(Occurrence::date, Occurrence::purpose, meeting -> meeting.start().toString())
                .containsExactly(
                        tuple(LocalDate.parse("2026-09-08"), "Set strategic goals",
                                "2026-09-08T14:00+01:00[Europe/London]"),
                        tuple(LocalDate.parse("2027-03-09"), "Review progress",
                                "2027-03-09T14:00Z[Europe/London]"));
        assertThat(meetings).extracting(Occurrence::window).containsOnlyNulls();
    }

    @Test
    void fixedMonthsOverSeveralYearsComeOutInDateOrder() {
        List<Occurrence> meetings = communitySafetyBoard()
                .occurrences(LocalDate.parse("2026-01-01"), LocalDate.parse("2028-01-01"));

        assertThat(dates(meetings)).isEqualTo(dates("2026-03-10", "2026-09-08", "2027-03-09", "2027-09-14"));
    }

    @Test
    void theLastWeekdayRuleFollowsEachMonthsLengthIncludingALeapFebruary() {
        CadenceMonth lastTuesdayOfFebruary = new CadenceMonth(Month.FEBRUARY, CadenceMonth.LAST, TUESDAY);
        Cadence lastThursdays = Cadence.inMonths(List.of(new CadenceMonth(Month.JUNE, 5, THURSDAY),
                new CadenceMonth(Month.DECEMBER, 5, THURSDAY, "Year end review")), TEN, 90, null);

        assertThat(lastTuesdayOfFebruary.dateIn(2027)).isEqualTo(LocalDate.parse("2027-02-23"));
        assertThat(lastTuesdayOfFebruary.dateIn(2028)).isEqualTo(LocalDate.parse("2028-02-29"));
        assertThat(dates(lastThursdays.occurrences(LocalDate.parse("2026-07-01"), LocalDate.parse("2028-01-01"))))
                .isEqualTo(dates("2026-12-31", "2027-06-24", "2027-12-30"));
    }

    // Annual window

    @Test
    void anAnnualWindowGivesOneProvisionalMeetingAYearWithTheWindowItMustBeHeldIn() {
        List<Occurrence> meetings = strategicReview()
                .occurrences(LocalDate.parse("2026-01-01"), LocalDate.parse("2029-01-01"));

        assertThat(meetings).extracting(Occurrence::date, Occurrence::purpose, Occurrence::window).containsExactly(
                tuple(LocalDate.parse("2026-09-02"), "Strategic review", "to be held between September and October"),
                tuple(LocalDate.parse("2027-09-01"), "Strategic review", "to be held between September and October"),
                tuple(LocalDate.parse("2028-09-06"), "Strategic review", "to be held between September and October"));
    }

    @Test
    void aWindowOfOneMonthSaysWhichMonth() {
        Cadence cadence = Cadence.annualWindow(new CadenceMonth(SEPTEMBER, 1, WEDNESDAY), SEPTEMBER, TEN, 60, null);

        assertThat(cadence.occurrences(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-01")))
                .extracting(Occurrence::window).containsExactly("to be held in September");
        assertThat(cadence.describe())
                .isEqualTo("Once a year in September, provisionally the first Wednesday of September, 10:00 to 11:00");
    }

    // The guarantee behind "a cadence that yields no meeting in a year"

    @Test
    void everyCadenceThatPassesItsCheckHasAMeetingInAnyFiftyThreeWeeks() {
        List<Cadence> cadences = List.of(Cadence.everyWeeks(52, LocalDate.parse("2026-01-06"), TEN, 60, null),
                Cadence.everyWeeks(52, LocalDate.parse("2031-12-31"), TEN, 60, null), strategicReview(),
                communitySafetyBoard(),
                Cadence.inMonths(List.of(new CadenceMonth(Month.FEBRUARY, CadenceMonth.LAST, THURSDAY)), TEN, 60, null),
                Cadence.inMonths(List.of(new CadenceMonth(Month.DECEMBER, 4, SUNDAY)), TEN, 60, null));

        for (Cadence cadence : cadences) {
            cadence.check();
            for (LocalDate from = LocalDate.parse("2025-01-01"); from.isBefore(LocalDate.parse("2036-01-01"));
                    from = from.plusDays(1)) {
                assertThat(cadence.occurrences(from, from.plusDays(Cadence.ALWAYS_A_MEETING_WITHIN_DAYS)))
                        .as("%s from %s", cadence.describe(), from).isNotEmpty();
            }
        }
    }

    @Test
    void aYearlyMeetingOnAWeekdayRuleCanBeFiftyThreeWeeksFromTheNext() {
        List<Occurrence> meetings = strategicReview()
                .occurrences(LocalDate.parse("2027-09-02"), LocalDate.parse("2027-09-02").plusDays(366));

        assertThat(meetings).isEmpty();
    }

    // Descriptions

    @Test
    void aCadenceDescribesItselfInPlainWords() {
        assertThat(sixWeekly(LocalDate.parse("2026-01-06")).describe())
                .isEqualTo("Every 6 weeks on Tuesdays from 6 January 2026, 10:00 to 12:00");
        assertThat(Cadence.everyWeeks(1, LocalDate.parse("2026-01-08"), TEN, 30, null).describe())
                .isEqualTo("Every week on Thursdays from 8 January 2026, 10:00 to 10:30");
        assertThat(communitySafetyBoard().describe()).isEqualTo("Second Tuesday of September (Set strategic goals)"
                + " and of March (Review progress), 14:00 to 16:00");
        assertThat(strategicReview().describe()).isEqualTo("Once a year between September and October, provisionally"
                + " the first Wednesday of September (Strategic review), 10:00 to 12:00");
    }

    @Test
    void monthsOnDifferentDaysAreEachDescribedInFull() {
        Cadence cadence = Cadence.inMonths(List.of(new CadenceMonth(Month.JANUARY, 1, TUESDAY),
                new CadenceMonth(Month.APRIL, 1, TUESDAY), new CadenceMonth(Month.JULY, 5, THURSDAY, "Summer"),
                new CadenceMonth(OCTOBER, 5, THURSDAY)), LocalTime.of(18, 0), 480, null);

        assertThat(cadence.describe()).isEqualTo("First Tuesday of January, of April, last Thursday of July (Summer)"
                + " and of October, 18:00 to 02:00 the next day");
    }

    @Test
    void aMonthRuleDescribesItselfWithItsPurpose() {
        assertThat(new CadenceMonth(SEPTEMBER, 2, TUESDAY, "Set strategic goals").describe())
                .isEqualTo("second Tuesday of September: Set strategic goals");
        assertThat(new CadenceMonth(MARCH, 5, THURSDAY, "  ").describe()).isEqualTo("last Thursday of March");
        assertThat(new CadenceMonth(MARCH, 5, THURSDAY, "  ").purpose()).isNull();
    }

    @Test
    void eachKindHasALabel() {
        assertThat(Arrays.stream(CadenceKind.values()).map(CadenceKind::label))
                .containsExactly("Every few weeks", "Fixed months", "Once a year within a window");
    }

    // Refusals

    @Test
    void aCadenceWithoutAKindIsRefused() {
        assertRefused(new Cadence(null, 6, LocalDate.parse("2026-01-06"), null, null, TEN, 60, null), "kind",
                "Select how often the body meets");
    }

    @Test
    void aMeetingEverySixtyWeeksIsRefusedBecauseItWouldLeaveAYearWithoutAMeeting() {
        assertRefused(Cadence.everyWeeks(60, LocalDate.parse("2026-01-06"), TEN, 60, null), "intervalWeeks",
                "A meeting every 60 weeks would leave a year with no meeting: choose 52 weeks or fewer");
        assertRefused(Cadence.everyWeeks(53, LocalDate.parse("2026-01-06"), TEN, 60, null), "intervalWeeks",
                "A meeting every 53 weeks would leave a year with no meeting: choose 52 weeks or fewer");
    }

    @Test
    void aMeetingEveryZeroWeeksOrNoIntervalIsRefused() {
        assertRefused(Cadence.everyWeeks(0, LocalDate.parse("2026-01-06"), TEN, 60, null), "intervalWeeks",
                "The number of weeks between meetings must be 1 or more");
        assertRefused(new Cadence(CadenceKind.EVERY_N_WEEKS, null, LocalDate.parse("2026-01-06"), null, null, TEN, 60,
                null), "intervalWeeks", "Enter how many weeks apart the meetings are");
    }

    @Test
    void aCycleWithoutAnAnchorDateIsRefused() {
        assertRefused(Cadence.everyWeeks(6, null, TEN, 60, null), "anchor",
                "Enter the date of one meeting in the cycle");
    }

    @Test
    void fixedMonthsWithoutAnyMonthAreRefused() {
        assertRefused(Cadence.inMonths(List.of(), TEN, 60, null), "months",
                "Select at least one month for the meetings");
        assertRefused(Cadence.inMonths(null, TEN, 60, null), "months", "Select at least one month for the meetings");
    }

    @Test
    void aMonthChosenTwiceIsRefused() {
        assertRefused(withMonths(CadenceKind.FIXED_MONTHS, new CadenceMonth(SEPTEMBER, 2, TUESDAY),
                new CadenceMonth(MARCH, 2, TUESDAY), new CadenceMonth(SEPTEMBER, 4, THURSDAY)), "months[2].month",
                "September is chosen twice: choose each month once");
    }

    @Test
    void aMonthRuleWithoutAMonthOrADayIsRefused() {
        assertRefused(withMonths(CadenceKind.FIXED_MONTHS, new CadenceMonth(null, 2, TUESDAY)), "months[0].month",
                "Select the month of each meeting");
        assertRefused(withMonths(CadenceKind.FIXED_MONTHS, new CadenceMonth(MARCH, 2, TUESDAY),
                new CadenceMonth(SEPTEMBER, 2, null)), "months[1].day",
                "Select the day of the week of the meeting in September");
        assertRefused(Cadence.inMonths(Arrays.asList(new CadenceMonth(MARCH, 2, TUESDAY), null), TEN, 60, null),
                "months[1].month", "Select the month of each meeting");
    }

    @Test
    void aWeekOutsideFirstToLastIsRefused() {
        assertRefused(withMonths(CadenceKind.FIXED_MONTHS, new CadenceMonth(MARCH, 6, TUESDAY)), "months[0].week",
                "Select the first, second, third, fourth or last week of March");
        assertRefused(withMonths(CadenceKind.ANNUAL_WINDOW, new CadenceMonth(SEPTEMBER, 0, TUESDAY)),
                "months[0].week", "Select the first, second, third, fourth or last week of September");
        assertThatThrownBy(() -> new CadenceMonth(MARCH, 0, TUESDAY).dateIn(2027))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOverlongPurposeIsRefused() {
        assertRefused(withMonths(CadenceKind.FIXED_MONTHS, new CadenceMonth(MARCH, 2, TUESDAY, "x".repeat(201))),
                "months[0].purpose", "Purpose must be 200 characters or fewer");
    }

    @Test
    void anAnnualWindowNeedsExactlyOneOpeningMonth() {
        String message = "Select the one month the window opens in, with the provisional day of the meeting";
        assertRefused(withMonths(CadenceKind.ANNUAL_WINDOW), "months", message);
        assertRefused(withMonths(CadenceKind.ANNUAL_WINDOW, new CadenceMonth(SEPTEMBER, 1, WEDNESDAY),
                new CadenceMonth(OCTOBER, 1, WEDNESDAY)), "months", message);
        assertRefused(Cadence.annualWindow(null, OCTOBER, TEN, 60, null), "months", message);
    }

    @Test
    void anAnnualWindowWithoutItsLastMonthIsRefused() {
        assertRefused(Cadence.annualWindow(new CadenceMonth(SEPTEMBER, 1, WEDNESDAY), null, TEN, 60, null),
                "windowEnd", "Select the last month the meeting can be held in");
    }

    @Test
    void aCadenceWithoutAStartTimeIsRefused() {
        assertRefused(Cadence.everyWeeks(6, LocalDate.parse("2026-01-06"), null, 60, null), "startTime",
                "Enter the time the meetings start");
    }

    @Test
    void meetingsShorterThanFifteenMinutesOrLongerThanTwelveHoursAreRefused() {
        String message = "Meetings must last between 15 minutes and 12 hours";
        assertRefused(Cadence.everyWeeks(6, LocalDate.parse("2026-01-06"), TEN, 14, null), "durationMinutes", message);
        assertRefused(Cadence.everyWeeks(6, LocalDate.parse("2026-01-06"), TEN, 721, null), "durationMinutes",
                message);
        Cadence.everyWeeks(6, LocalDate.parse("2026-01-06"), TEN, 15, null).check();
        Cadence.everyWeeks(6, LocalDate.parse("2026-01-06"), TEN, 720, null).check();
    }

    @Test
    void aLocationLongerThanTwoHundredCharactersIsRefused() {
        assertRefused(Cadence.everyWeeks(6, LocalDate.parse("2026-01-06"), TEN, 60, "x".repeat(201)), "location",
                "Location must be 200 characters or fewer");
        assertThat(Cadence.everyWeeks(6, LocalDate.parse("2026-01-06"), TEN, 60, " Town Hall ").location())
                .isEqualTo("Town Hall");
    }

    @Test
    void aRefusedCadenceGeneratesNothing() {
        Cadence refused = Cadence.everyWeeks(60, LocalDate.parse("2026-01-06"), TEN, 60, null);

        assertThatThrownBy(() -> refused.occurrences(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-01")))
                .isInstanceOf(CadenceRefused.class);
        assertThatThrownBy(refused::describe).isInstanceOf(CadenceRefused.class);
    }

    @Test
    void theMonthsOfACadenceCannotBeChangedAfterwards() {
        List<CadenceMonth> months = new ArrayList<>(List.of(new CadenceMonth(MARCH, 2, TUESDAY)));
        Cadence cadence = Cadence.inMonths(months, TEN, 60, null);
        months.add(new CadenceMonth(SEPTEMBER, 2, TUESDAY));

        assertThat(cadence.months()).hasSize(1);
        assertThatThrownBy(() -> cadence.months().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
