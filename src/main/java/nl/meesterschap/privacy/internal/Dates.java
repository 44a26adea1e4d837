package nl.meesterschap.privacy.internal;

import java.util.Locale;
import java.util.Map;

/** Reads a calendar date in the ways Dutch texts write one. */
final class Dates {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1), Map.entry("jan", 1),
			Map.entry("februari", 2), Map.entry("feb", 2), Map.entry("maart", 3), Map.entry("mrt", 3),
			Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("juni", 6),
			Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("augustus", 8),
			Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
			Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11),
			Map.entry("december", 12), Map.entry("dec", 12));

	private Dates() {
	}

	/**
	 * The end of a date starting at {@code start}: {@code 12-03-1985}, {@code 12/3/85}, {@code 12.3.'85}, {@code 12
	 * maart 1985}, {@code 1 mrt. 1985} or {@code 1985-03-12}; or -1. The year is required.
	 */
	static int end(String text, int start) {
		int first = Chars.digitsEnd(text, start);
		int length = first - start;
		int n = text.length();
		if (length == 4 && first + 1 < n && text.charAt(first) == '-') {
			return iso(text, start, first);
		}
		if (length < 1 || length > 2 || first + 1 >= n || !isDay(text, start, first)) {
			return -1;
		}
		char separator = text.charAt(first);
		if (separator == '-' || separator == '/' || separator == '.') {
			int month = Chars.digitsEnd(text, first + 1);
			boolean valid = month - first - 1 >= 1 && month - first - 1 <= 2 && isMonth(text, first + 1, month)
					&& month < n && text.charAt(month) == separator;
			return valid ? yearEnd(text, month + 1) : -1;
		}
		if (separator == ' ') {
			int monthEnd = Words.end(text, first + 1);
			String month = text.substring(first + 1, monthEnd).toLowerCase(Locale.ROOT);
			if (!MONTHS.containsKey(month)) {
				return -1;
			}
			int year = text.startsWith(". ", monthEnd) ? monthEnd + 2
					: text.startsWith(" ", monthEnd) ? monthEnd + 1 : -1;
			return year > 0 ? yearEnd(text, year) : -1;
		}
		return -1;
	}

	private static int iso(String text, int start, int yearEnd) {
		int month = Chars.digitsEnd(text, yearEnd + 1);
		if (month - yearEnd - 1 != 2 || !isMonth(text, yearEnd + 1, month) || month + 1 >= text.length()
				|| text.charAt(month) != '-') {
			return -1;
		}
		int day = Chars.digitsEnd(text, month + 1);
		boolean valid = day - month - 1 == 2 && isDay(text, month + 1, day) && isPlausibleYear(text, start)
				&& Chars.endsNumber(text, day);
		return valid ? day : -1;
	}

	/** The end of a year of four digits, two digits, or an apostrophe and two digits, at {@code start}; or -1. */
	private static int yearEnd(String text, int start) {
		int digits = start < text.length() && text.charAt(start) == '\'' ? start + 1 : start;
		int end = Chars.digitsEnd(text, digits);
		boolean valid = (end - digits == 4 && isPlausibleYear(text, digits) || end - digits == 2)
				&& Chars.endsNumber(text, end);
		return valid ? end : -1;
	}

	private static boolean isDay(String text, int start, int end) {
		int day = Integer.parseInt(text, start, end, 10);
		return day >= 1 && day <= 31;
	}

	private static boolean isMonth(String text, int start, int end) {
		int month = Integer.parseInt(text, start, end, 10);
		return month >= 1 && month <= 12;
	}

	private static boolean isPlausibleYear(String text, int start) {
		return text.startsWith("19", start) || text.startsWith("20", start);
	}

}
