package nl.meesterschap.signals.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in the Netherlands: Monday to Friday, except the national public holidays that are generally days
 * off: Nieuwjaarsdag, Tweede Paasdag, Koningsdag (27 April, or 26 April when the 27th is a Sunday),
 * Bevrijdingsdag (5 May: every year, or only in lustrum years), Hemelvaartsdag, Tweede Pinksterdag, Eerste and
 * Tweede Kerstdag. Goede Vrijdag is not a general day off and counts as a working day.
 */
public final class WorkingDays {

	private final boolean liberationDayEveryYear;

	public WorkingDays(boolean liberationDayEveryYear) {
		this.liberationDayEveryYear = liberationDayEveryYear;
	}

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays(date.getYear()).contains(date);
	}

	/** The working day that is {@code days} working days after {@code start} (start itself does not count). */
	public LocalDate plus(LocalDate start, int days) {
		LocalDate date = start;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				left--;
			}
		}
		return date;
	}

	/** The number of working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
	public int between(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	/** The public holidays of a year that are days off (weekdays or not). */
	public Set<LocalDate> holidays(int year) {
		LocalDate easter = easterSunday(year);
		Set<LocalDate> days = new TreeSet<>();
		days.add(LocalDate.of(year, Month.JANUARY, 1));
		days.add(easter.plusDays(1));
		LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
		days.add(kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY ? kingsDay.minusDays(1) : kingsDay);
		if (liberationDayEveryYear || year % 5 == 0) {
			days.add(LocalDate.of(year, Month.MAY, 5));
		}
		days.add(easter.plusDays(39));
		days.add(easter.plusDays(50));
		days.add(LocalDate.of(year, Month.DECEMBER, 25));
		days.add(LocalDate.of(year, Month.DECEMBER, 26));
		return days;
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous Meeus/Jones/Butcher algorithm). */
	public static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

}
