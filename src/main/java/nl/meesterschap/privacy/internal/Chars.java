package nl.meesterschap.privacy.internal;

/** Char classes and token boundaries, cheap enough to run on every char of a text. */
final class Chars {

	private Chars() {
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isAsciiLetter(char c) {
		char lower = (char) (c | 0x20);
		return lower >= 'a' && lower <= 'z';
	}

	static boolean isAsciiUpper(char c) {
		return c >= 'A' && c <= 'Z';
	}

	static boolean isLetter(char c) {
		return c < 128 ? isAsciiLetter(c) : Character.isLetter(c);
	}

	static boolean isLetterOrDigit(char c) {
		return isDigit(c) || isLetter(c);
	}

	/** The index of the first non-digit at or after {@code i}. */
	static int digitsEnd(String text, int i) {
		int n = text.length();
		while (i < n && isDigit(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/** Whether no letter or digit touches position {@code i} on the left. */
	static boolean startsToken(String text, int i) {
		return i == 0 || !isLetterOrDigit(text.charAt(i - 1));
	}

	/** Whether no letter or digit touches position {@code end} on the right. */
	static boolean endsToken(String text, int end) {
		return end >= text.length() || !isLetterOrDigit(text.charAt(end));
	}

	/** Whether a number starts at {@code i}, rather than continuing one such as "1.250,00", "14:30" or "1-3-2025". */
	static boolean startsNumber(String text, int i) {
		return startsToken(text, i) && !(i >= 2 && isNumberJoiner(text.charAt(i - 1)) && isDigit(text.charAt(i - 2)));
	}

	/** Whether a number ends at {@code end}, rather than going on as in "123,45" or "2.3.5". */
	static boolean endsNumber(String text, int end) {
		return endsToken(text, end) && !(end + 1 < text.length() && isNumberJoiner(text.charAt(end))
				&& isDigit(text.charAt(end + 1)));
	}

	private static boolean isNumberJoiner(char c) {
		return c == '.' || c == ',' || c == ':' || c == '/' || c == '-';
	}

}
