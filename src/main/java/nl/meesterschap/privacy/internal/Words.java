package nl.meesterschap.privacy.internal;

/**
 * Word boundaries for names and street names. A word is a run of letters; an apostrophe between a letter and a capital
 * belongs to it ({@code D'Souza}), but a possessive does not ({@code Fatima's} is the word {@code Fatima}).
 */
final class Words {

	private Words() {
	}

	/** The end of the word starting at {@code start}; equal to {@code start} when no letter is there. */
	static int end(String text, int start) {
		int n = text.length();
		int i = start;
		while (i < n) {
			char c = text.charAt(i);
			if (Chars.isLetter(c)) {
				i++;
			}
			else if (c == '\'' && i > start && i + 1 < n && Character.isUpperCase(text.charAt(i + 1))) {
				i++;
			}
			else {
				break;
			}
		}
		return i;
	}

	/** The start of the word ending at {@code end}; equal to {@code end} when no letter is there. */
	static int start(String text, int end) {
		int i = end;
		while (i > 0 && Chars.isLetter(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	static boolean isCapitalised(String text, int start, int end) {
		return end > start && Character.isUpperCase(text.charAt(start));
	}

	/** Whether the word has two or more letters, all capitals, as in "UWV" or "GGD". */
	static boolean isAcronym(String text, int start, int end) {
		if (end - start < 2) {
			return false;
		}
		for (int i = start; i < end; i++) {
			if (Character.isLowerCase(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** The start of the next word after a single space (or no-break space) at {@code end}, or -1. */
	static int nextAfterSpace(String text, int end) {
		boolean space = end + 1 < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\u00a0');
		return space && Chars.isLetter(text.charAt(end + 1)) ? end + 1 : -1;
	}

}
