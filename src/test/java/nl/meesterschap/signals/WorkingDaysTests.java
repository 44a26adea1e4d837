package nl.meesterschap.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.meesterschap.signals.internal.WorkingDays;

/** Dutch working days: weekends and the national public holidays that are days off; Easter computed. */
class WorkingDaysTests {

	private final WorkingDays days = new WorkingDays(true);

	@Test
	void easter_is_computed_for_any_year() {
		assertThat(WorkingDays.easterSunday(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
		assertThat(WorkingDays.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
		assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
		assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
		assertThat(WorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
	}

	@Test
	void the_holidays_of_2026_are_the_general_days_off() {
		assertThat(days.holidays(2026)).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6),
				LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 14),
				LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
	}

	@Test
	void goede_vrijdag_is_a_working_day_and_tweede_paasdag_is_not() {
		assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 3))).isTrue();
		assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
	}

	@Test
	void koningsdag_moves_to_saturday_26_april_when_27_april_is_a_sunday() {
		assertThat(LocalDate.of(2025, 4, 27).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
		assertThat(days.holidays(2025)).contains(LocalDate.of(2025, 4, 26)).doesNotContain(LocalDate.of(2025, 4, 27));
		assertThat(LocalDate.of(2031, 4, 27).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
		assertThat(days.holidays(2031)).contains(LocalDate.of(2031, 4, 26));
		assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 27))).as("a Monday Koningsdag").isFalse();
	}

	@Test
	void bevrijdingsdag_is_a_day_off_every_year_or_only_in_lustrum_years() {
		WorkingDays lustrumOnly = new WorkingDays(false);
		assertThat(days.isWorkingDay(LocalDate.of(2026, 5, 5))).isFalse();
		assertThat(lustrumOnly.isWorkingDay(LocalDate.of(2026, 5, 5))).isTrue();
		assertThat(lustrumOnly.isWorkingDay(LocalDate.of(2025, 5, 5))).isFalse();
		assertThat(lustrumOnly.holidays(2030)).contains(LocalDate.of(2030, 5, 5));
		assertThat(lustrumOnly.holidays(2026)).doesNotContain(LocalDate.of(2026, 5, 5));
	}

	@Test
	void ten_working_days_skip_weekends_and_holidays() {
		// Thursday before Easter: Goede Vrijdag counts, Tweede Paasdag does not
		assertThat(days.plus(LocalDate.of(2026, 4, 2), 10)).isEqualTo(LocalDate.of(2026, 4, 17));
		// over Christmas and New Year
		assertThat(days.plus(LocalDate.of(2026, 12, 22), 10)).isEqualTo(LocalDate.of(2027, 1, 7));
		// raised on a Saturday: counting starts on Monday
		assertThat(days.plus(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
		// Hemelvaartsdag and the Friday after it (a working day) in 2026
		assertThat(days.plus(LocalDate.of(2026, 5, 13), 1)).isEqualTo(LocalDate.of(2026, 5, 15));
	}

	@Test
	void working_days_between_two_dates_count_the_later_one_only() {
		assertThat(days.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23))).isZero();
		assertThat(days.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30))).isEqualTo(5);
		assertThat(days.between(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28))).isEqualTo(1);
		assertThat(days.between(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 23))).isZero();
	}

}
