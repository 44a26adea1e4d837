package nl.meesterschap.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates for people, in Dutch time and the page's language; templates use it as {@code ${@dates.dateTime(x)}}.
 */
@Component("dates")
public class DateFormatting {

	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	public String dateTime(@Nullable Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale()).format(instant.atZone(ZONE));
	}

	public String date(@Nullable Instant instant) {
		return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate());
	}

	public String date(@Nullable LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
	}

	public String time(@Nullable Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm:ss", locale()).format(instant.atZone(ZONE));
	}

	/** Machine-readable form for {@code <time datetime="...">}. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
