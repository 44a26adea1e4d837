package nl.meesterschap.privacy.internal;

import java.util.List;

import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.FindingType;

/**
 * Finds citizen service numbers (BSN): nine digits that pass the 11-proef, written as one run ({@code 123456782}) or
 * in groups of two to four digits split by one kind of separator ({@code 123.456.782}, {@code 1234 56 782}). A nine
 * digit number that fails the 11-proef, such as a case number, is no finding. Old eight-digit numbers (an implied
 * leading zero) count only next to a keyword such as "BSN", because eight-digit numbers are common otherwise. Amounts
 * ("€ 213.610.176") are no BSN.
 */
final class BsnDetector implements Detector {

	private static final Keywords KEYWORDS = new Keywords("bsn", "bsnnummer", "burgerservicenummer", "sofinummer",
			"sofi", "burgerservicenr", "burgerservicenr.", "bsnnr");

	private static final Keywords AMOUNT_WORDS = new Keywords("euro", "eur", "dollar", "usd");

	@Override
	public void detect(String text, List<Finding> out) {
		int n = text.length();
		int i = 0;
		while (i < n) {
			if (!Chars.isDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int end = Chars.startsNumber(text, i) ? matchEnd(text, i) : -1;
			if (end > 0 && !isAmount(text, i, end)) {
				out.add(finding(text, i, end));
				i = end;
			}
			else {
				i = Chars.digitsEnd(text, i);
			}
		}
	}

	/** The end of a BSN starting at {@code start}, or -1. */
	private static int matchEnd(String text, int start) {
		int runEnd = Chars.digitsEnd(text, start);
		int runLength = runEnd - start;
		if (runLength == 9 || runLength == 8) {
			boolean valid = Chars.endsNumber(text, runEnd) && passesElevenProof(text, start, runEnd)
					&& (runLength == 9 || hasKeyword(text, start, runEnd));
			return valid ? runEnd : -1;
		}
		if (runLength < 2 || runLength > 4 || runEnd + 1 >= text.length()) {
			return -1;
		}
		char separator = text.charAt(runEnd);
		if (separator != '.' && separator != ' ' && separator != '-') {
			return -1;
		}
		int digits = runLength;
		int end = runEnd;
		while (digits < 9 && end + 1 < text.length() && text.charAt(end) == separator
				&& Chars.isDigit(text.charAt(end + 1))) {
			int groupEnd = Chars.digitsEnd(text, end + 1);
			int group = groupEnd - end - 1;
			if (group < 2 || group > 4) {
				return -1;
			}
			digits += group;
			end = groupEnd;
		}
		boolean valid = digits == 9 && Chars.endsNumber(text, end) && !continuesWithGroup(text, end, separator)
				&& passesElevenProof(text, start, end);
		return valid ? end : -1;
	}

	/** Whether another group of two or more digits follows, which makes the number longer than a BSN. */
	private static boolean continuesWithGroup(String text, int end, char separator) {
		return end + 2 < text.length() && text.charAt(end) == separator && Chars.isDigit(text.charAt(end + 1))
				&& Chars.isDigit(text.charAt(end + 2));
	}

	/** The 11-proef over the digits in {@code text[start, end)}; fewer than nine digits get leading zeros. */
	static boolean passesElevenProof(String text, int start, int end) {
		int[] digits = new int[9];
		int count = 0;
		for (int i = end - 1; i >= start && count < 9; i--) {
			char c = text.charAt(i);
			if (Chars.isDigit(c)) {
				digits[8 - count++] = c - '0';
			}
		}
		int sum = -digits[8];
		boolean allZero = digits[8] == 0;
		for (int i = 0; i < 8; i++) {
			sum += digits[i] * (9 - i);
			allZero &= digits[i] == 0;
		}
		return !allZero && sum % 11 == 0;
	}

	/** "€ 213.610.176" or "123.456.782 euro": an amount that happens to pass the 11-proef. */
	private static boolean isAmount(String text, int start, int end) {
		int before = start;
		while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\u00a0')) {
			before--;
		}
		return before > 0 && text.charAt(before - 1) == '€' || AMOUNT_WORDS.after(text, end, 1)
				|| AMOUNT_WORDS.before(text, start, 1);
	}

	private static boolean hasKeyword(String text, int start, int end) {
		return KEYWORDS.before(text, start, 4) || KEYWORDS.after(text, end, 2);
	}

	private static Finding finding(String text, int start, int end) {
		double confidence = hasKeyword(text, start, end) ? 0.99 : 0.9;
		return new Finding(FindingType.BSN, start, end, text.substring(start, end), confidence);
	}

}
