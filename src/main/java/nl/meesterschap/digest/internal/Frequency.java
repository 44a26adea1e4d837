package nl.meesterschap.digest.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import nl.meesterschap.web.DateFormatting;

/**
 * How often a reader gets a digest. A weekly edition covers Monday to Monday, a monthly one the calendar month, both
 * in Dutch time; each is sent at the end of its period (unless an editor sent or scheduled it otherwise).
 */
public enum Frequency {

	WEEKLY, MONTHLY;

	/** The period that contains {@code at}. */
	public Period periodOf(Instant at) {
		LocalDate day = at.atZone(DateFormatting.ZONE).toLocalDate();
		LocalDate start = this == WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				: day.withDayOfMonth(1);
		LocalDate end = this == WEEKLY ? start.plusWeeks(1) : start.plusMonths(1);
		return new Period(startOfDay(start), startOfDay(end));
	}

	/** The period before this one. */
	public Period previous(Period period) {
		return periodOf(period.start().minusSeconds(1));
	}

	/** The period after this one. */
	public Period next(Period period) {
		return periodOf(period.end());
	}

	/** "week 48 van 2026" or "november 2026", for subjects and headings (Dutch). */
	public String label(Period period) {
		ZonedDateTime start = period.start().atZone(DateFormatting.ZONE);
		if (this == WEEKLY) {
			return "week " + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " van " + start.get(IsoFields.WEEK_BASED_YEAR);
		}
		return start.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.forLanguageTag("nl")));
	}

	private static Instant startOfDay(LocalDate day) {
		return day.atStartOfDay(DateFormatting.ZONE).toInstant();
	}

}
