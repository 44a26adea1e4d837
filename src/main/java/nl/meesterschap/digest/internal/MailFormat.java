package nl.meesterschap.digest.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.policy.Domain;
import nl.meesterschap.web.DateFormatting;

/** Dates and small texts in digest mails, always Dutch and in Dutch time (templates use it as {@code fmt}). */
public final class MailFormat {

	static final MailFormat INSTANCE = new MailFormat();

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", DUTCH);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DUTCH);

	/** "dinsdag 9 december". */
	public String day(@Nullable Instant at) {
		return at == null ? "" : DAY.format(at.atZone(DateFormatting.ZONE));
	}

	/** "9 december 2026". */
	public String date(@Nullable Instant at) {
		return at == null ? "" : DATE.format(at.atZone(DateFormatting.ZONE));
	}

	/** "14:00". */
	public String time(@Nullable Instant at) {
		return at == null ? "" : TIME.format(at.atZone(DateFormatting.ZONE));
	}

	/** "Jeugd, Wmo". */
	public String domains(List<Domain> domains) {
		return String.join(", ", domains.stream().map(MailFormat::domain).toList());
	}

	/** The lines of a plain text (the intro), for line breaks without markup. */
	public List<String> lines(@Nullable String text) {
		return text == null ? List.of() : List.of(text.strip().split("\\R"));
	}

	private static String domain(Domain domain) {
		return switch (domain) {
			case JEUGD -> "Jeugd";
			case WMO -> "Wmo";
			case PARTICIPATIE -> "Participatie";
		};
	}

}
