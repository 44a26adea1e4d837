package nl.meesterschap.privacy.internal;

import java.util.List;

import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.FindingType;

/**
 * Finds phone numbers: Dutch ones with a trunk zero ({@code 06-12345678}, {@code 0318-123456}, {@code 020 123 4567}),
 * with +31 or 0031 ({@code +31 6 12345678}, {@code +31(0)6-12345678}) and other international ones ({@code +32 470 12
 * 34 56}). Digit groups may be split by single spaces and by at most one hyphen, so dates ({@code 01-03-1985}), amounts
 * and article numbers never match. Service numbers (0800, 0900, 0906, 0909) are left alone: they belong to
 * organisations.
 */
final class PhoneDetector implements Detector {

	@Override
	public void detect(String text, List<Finding> out) {
		int n = text.length();
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			int end = -1;
			if (c == '+' && i + 1 < n && Chars.isDigit(text.charAt(i + 1)) && Chars.startsToken(text, i)) {
				end = international(text, i + 1);
			}
			else if (c == '0' && Chars.startsNumber(text, i)) {
				end = text.startsWith("00", i) ? international(text, i + 2) : national(text, i + 1, 9);
			}
			if (end > 0) {
				String number = text.substring(i, end);
				out.add(new Finding(FindingType.PHONE, i, end, number, mobile(number) ? 0.95 : 0.9));
				i = end;
			}
			else {
				i++;
			}
		}
	}

	/** A number after "+" or "00": Dutch when the country code is 31, otherwise 10 to 15 digits. */
	private static int international(String text, int pos) {
		if (pos >= text.length() || text.charAt(pos) == '0') {
			return -1;
		}
		if (text.startsWith("31", pos)) {
			int next = pos + 2;
			next = skip(text, next, " ");
			next = skip(text, next, "(0)");
			next = skip(text, next, " ");
			next = skip(text, next, "-");
			int end = national(text, next, 9);
			if (end > 0) {
				return end;
			}
		}
		return Digits.read(text, pos, 10, 15);
	}

	/** A number of {@code nationalDigits} digits after the trunk zero or country code, starting at {@code pos}. */
	private static int national(String text, int pos, int nationalDigits) {
		if (pos >= text.length() || !Chars.isDigit(text.charAt(pos)) || text.charAt(pos) == '0'
				|| isServiceNumber(text, pos)) {
			return -1;
		}
		return Digits.readExactly(text, pos, nationalDigits);
	}

	private static boolean isServiceNumber(String text, int pos) {
		return text.startsWith("800", pos) || text.startsWith("900", pos) || text.startsWith("906", pos)
				|| text.startsWith("909", pos);
	}

	/** Whether the number is a Dutch mobile one: its digits start 06, 316, 3106, 00316 or 003106. */
	private static boolean mobile(String number) {
		StringBuilder prefix = new StringBuilder(6);
		for (int i = 0; i < number.length() && prefix.length() < 6; i++) {
			if (Chars.isDigit(number.charAt(i))) {
				prefix.append(number.charAt(i));
			}
		}
		String digits = prefix.toString();
		return digits.startsWith("06") || digits.startsWith("316") || digits.startsWith("3106")
				|| digits.startsWith("00316") || digits.startsWith("003106");
	}

	private static int skip(String text, int pos, String literal) {
		return text.startsWith(literal, pos) ? pos + literal.length() : pos;
	}

}
