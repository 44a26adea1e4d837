package nl.meesterschap.privacy.internal;

/**
 * Reads a number written in digit groups, as phone numbers are: groups split by single spaces and by at most one
 * hyphen ({@code 06-1234 5678}). Every group after the first has at least two digits, so "1 2 3" is no number.
 */
final class Digits {

	private Digits() {
	}

	/** The end of the {@code min} to {@code max} digits starting at {@code pos}, or -1. */
	static int read(String text, int pos, int min, int max) {
		int count = 0;
		int end = -1;
		boolean hyphenUsed = false;
		int i = pos;
		while (i < text.length() && Chars.isDigit(text.charAt(i))) {
			int groupEnd = Chars.digitsEnd(text, i);
			int group = groupEnd - i;
			if ((end > 0 && group < 2) || count + group > max) {
				break;
			}
			count += group;
			end = groupEnd;
			int next = separatorEnd(text, end, hyphenUsed);
			if (count == max || next < 0) {
				break;
			}
			hyphenUsed |= text.charAt(end) == '-' || text.charAt(end + 1) == '-';
			i = next;
		}
		return count >= min && end > 0 && Chars.endsNumber(text, end) ? end : -1;
	}

	/** The end of exactly {@code count} digits starting at {@code pos}, or -1. */
	static int readExactly(String text, int pos, int count) {
		return read(text, pos, count, count);
	}

	/** The position after a separator at {@code i} that a digit follows, or -1. */
	private static int separatorEnd(String text, int i, boolean hyphenUsed) {
		int n = text.length();
		int end = -1;
		if (text.startsWith(" - ", i) && !hyphenUsed) {
			end = i + 3;
		}
		else if (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0'
				|| text.charAt(i) == '-' && !hyphenUsed)) {
			end = i + 1;
		}
		return end > 0 && end < n && Chars.isDigit(text.charAt(end)) ? end : -1;
	}

}
