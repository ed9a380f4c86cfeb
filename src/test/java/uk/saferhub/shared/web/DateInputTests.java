package uk.saferhub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for a date typed into the GOV.UK date input. */
class DateInputTests {

    @ParameterizedTest(name = "{0}/{1}/{2} is {3}")
    @CsvSource(nullValues = "-", value = {
        "-,   -,   -,      BLANK",
        "' ', ' ', ' ',    BLANK",
        "-,   3,   2026,   NO_DAY",
        "27,  -,   2026,   NO_MONTH",
        "27,  3,   -,      NO_YEAR",
        "27,  3,   26,     YEAR_DIGITS",
        "27,  3,   1899,   YEAR_RANGE",
        "27,  3,   2101,   YEAR_RANGE",
        "31,  2,   2026,   NOT_REAL",
        "29,  2,   2025,   NOT_REAL",
        "0,   3,   2026,   NOT_REAL",
        "27,  13,  2026,   NOT_REAL",
        "27,  March, 2026, NOT_REAL",
        "2x,  3,   2026,   NOT_REAL",
        "-1,  3,   2026,   NOT_REAL",
        "123, 3,   2026,   NOT_REAL",
        "27,  3,   20261,  NOT_REAL",
        "29,  2,   2028,   NONE",
        "' 7 ', ' 03 ', ' 2026 ', NONE",
        "1,   1,   1900,   NONE",
        "31,  12,  2100,   NONE"})
    void whatIsWrongFollowsTheGovUkDateInputRules(String day, String month, String year, DateInput.Problem problem) {
        assertThat(new DateInput(day, month, year).problem()).isEqualTo(problem);
    }

    @Test
    void aDateIsGivenOnlyWhenItIsRealAndInTheYearsAllowed() {
        assertThat(new DateInput(" 7 ", "03", "2026").date()).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(new DateInput("31", "2", "2026").date()).isNull();
        assertThat(new DateInput("1", "1", "2200").date()).isNull();
        assertThat(DateInput.empty().date()).isNull();
        assertThat(DateInput.empty().isBlank()).isTrue();
    }

    @Test
    void aDateIsShownBackAsTyped() {
        DateInput shown = DateInput.of(LocalDate.of(2026, 1, 6));
        assertThat(shown).isEqualTo(new DateInput("6", "1", "2026"));
        assertThat(shown.date()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(DateInput.of(null).isBlank()).isTrue();
    }

    @Test
    void eachProblemIsShownAgainstTheBoxAtFault() {
        assertThat(DateInput.Problem.NO_MONTH.box).isEqualTo("month");
        assertThat(DateInput.Problem.YEAR_RANGE.box).isEqualTo("year");
        assertThat(DateInput.Problem.NOT_REAL.box).isEqualTo("day");
    }
}
