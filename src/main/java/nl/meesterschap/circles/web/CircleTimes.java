package nl.meesterschap.circles.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.meesterschap.circles.internal.Session;

/**
 * Session times for people, in Dutch time and the page's language: templates use it as
 * {@code ${@circleTimes.range(session)}}. Forms type a date and clock times in Dutch time, too.
 */
@Component("circleTimes")
class CircleTimes {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/** "donderdag 10 december 2026, 14:00–15:30". */
	public String range(Session session) {
		return day(session.startsAt()) + ", " + clock(session.startsAt()) + "–" + clock(session.endsAt());
	}

	public String day(Instant instant) {
		return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale()).format(instant.atZone(ZONE));
	}

	public String shortDay(Instant instant) {
		return DateTimeFormatter.ofPattern("EEE d MMM", locale()).format(instant.atZone(ZONE));
	}

	public String clock(@Nullable Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(ZONE));
	}

	public String date(@Nullable LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date);
	}

	/** Minutes and seconds, "12:05"; negative as overtime "+2:10". */
	public String countdown(long seconds) {
		long shown = Math.abs(seconds);
		return (seconds < 0 ? "+" : "") + (shown / 60) + ":" + String.format("%02d", shown % 60);
	}

	/** A date and clock time typed in a form, in Dutch time; null when either is missing. */
	static @Nullable Instant at(@Nullable LocalDate date, @Nullable LocalTime time) {
		return date == null || time == null ? null : ZonedDateTime.of(date, time, ZONE).toInstant();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
