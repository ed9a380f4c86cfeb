package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.saferhub.meetings.internal.BankHolidays;

/** Bank holidays against the published England and Wales lists (gov.uk/bank-holidays) for 2022, 2026 and 2027. */
class BankHolidaysTests {

    @Test
    void twentyTwentySixMatchesThePublishedList() {
        assertThat(BankHolidays.of(2026).keySet()).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
        assertThat(BankHolidays.on(LocalDate.of(2026, 12, 28))).contains("Boxing Day (substitute day)");
    }

    @Test
    void twentyTwentySevenHasChristmasOnASaturdayWithTwoSubstituteDays() {
        assertThat(BankHolidays.of(2027).keySet()).containsExactly(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29),
                LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30),
                LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
    }

    @Test
    void twentyTwentyTwoHasTheJubileeMovesAndTheStateFuneral() {
        assertThat(BankHolidays.of(2022).keySet()).containsExactly(
                LocalDate.of(2022, 1, 3), LocalDate.of(2022, 4, 15), LocalDate.of(2022, 4, 18),
                LocalDate.of(2022, 5, 2), LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
                LocalDate.of(2022, 8, 29), LocalDate.of(2022, 9, 19), LocalDate.of(2022, 12, 26),
                LocalDate.of(2022, 12, 27));
    }

    @Test
    void anOrdinaryTuesdayIsNotABankHoliday() {
        assertThat(BankHolidays.on(LocalDate.of(2026, 12, 8))).isEmpty();
    }
}
