package nl.meesterschap.learning.statements;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The value formats xAPI prescribes: UUIDs, IRIs, e-mail IRIs, timestamps, durations, media types. */
public final class Formats {

	/** RFC 4122 / 9562 variant 2 UUIDs of any version, in standard string form. */
	private static final Pattern UUID_FORM = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");

	/** An absolute IRI: a scheme, a colon, and no whitespace or characters RFC 3987 never allows. */
	private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`\\p{Cntrl}]+");

	private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s]+@[^@\\s]+");

	private static final Pattern SHA1_HEX = Pattern.compile("[0-9a-fA-F]{40}");

	private static final Pattern SHA2_HEX = Pattern.compile("[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}");

	private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[Tt](\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?"
			+ "([Zz]|[+-]\\d{2}(?::?\\d{2})?)?");

	private static final Pattern DURATION = Pattern.compile("P(?:\\d+W|(?=\\d|T\\d)(?:\\d+(?:\\.\\d+)?Y)?(?:\\d+(?:\\.\\d+)?M)?"
			+ "(?:\\d+(?:\\.\\d+)?D)?(?:T(?=\\d)(?:\\d+(?:\\.\\d+)?H)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?S)?)?)");

	private static final Pattern MEDIA_TYPE = Pattern
		.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(?:\\s*;.*)?");

	private Formats() {
	}

	public static boolean uuid(String value) {
		return UUID_FORM.matcher(value).matches();
	}

	public static Optional<UUID> parseUuid(String value) {
		return uuid(value) ? Optional.of(UUID.fromString(value)) : Optional.empty();
	}

	public static boolean iri(String value) {
		return IRI.matcher(value).matches();
	}

	public static boolean mailto(String value) {
		return MAILTO.matcher(value).matches();
	}

	public static boolean sha1Hex(String value) {
		return SHA1_HEX.matcher(value).matches();
	}

	public static boolean sha2Hex(String value) {
		return SHA2_HEX.matcher(value).matches();
	}

	public static boolean duration(String value) {
		return DURATION.matcher(value).matches() && !value.endsWith("T");
	}

	public static boolean mediaType(String value) {
		return MEDIA_TYPE.matcher(value.strip()).matches();
	}

	/**
	 * An ISO 8601 / RFC 3339 date-time. A missing offset means UTC; the offset "-00:00" (RFC 3339's "unknown
	 * offset") is refused, as xAPI requires.
	 */
	public static Optional<OffsetDateTime> timestamp(String value) {
		Matcher m = TIMESTAMP.matcher(value);
		if (!m.matches()) {
			return Optional.empty();
		}
		String offset = m.group(4);
		if (offset != null && offset.startsWith("-") && offset.replaceAll("[-:]", "").chars().allMatch(c -> c == '0')) {
			return Optional.empty();
		}
		try {
			String fraction = m.group(3) == null ? "" : m.group(3);
			LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2) + nanos(fraction));
			return Optional.of(local.atOffset(offset(offset)));
		}
		catch (DateTimeException | NumberFormatException e) {
			return Optional.empty();
		}
	}

	private static String nanos(String fraction) {
		return fraction.length() > 10 ? fraction.substring(0, 10) : fraction;
	}

	private static ZoneOffset offset(String offset) {
		if (offset == null || offset.equalsIgnoreCase("Z")) {
			return ZoneOffset.UTC;
		}
		String digits = offset.substring(1).replace(":", "");
		int hours = Integer.parseInt(digits.substring(0, 2));
		int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
		int sign = offset.startsWith("-") ? -1 : 1;
		return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
	}

	/** Lower case for comparing case-insensitive values such as language tags. */
	public static String folded(String value) {
		return value.toLowerCase(Locale.ROOT);
	}

}
