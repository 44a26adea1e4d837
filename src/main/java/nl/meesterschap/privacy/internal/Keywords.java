package nl.meesterschap.privacy.internal;

import java.util.Locale;
import java.util.Set;

/**
 * A set of context words, such as "BSN" or "geboren", looked for among the few words around a match. Matching ignores
 * case; abbreviations are listed with their dots ("geb."). The search stops at a sentence end, so "geboren." at the
 * end of one sentence is no context for a date in the next.
 */
final class Keywords {

	private final Set<String> words;

	Keywords(String... words) {
		this.words = Set.of(words);
	}

	/** Whether one of the {@code maxWords} words before {@code pos} is a keyword. */
	boolean before(String text, int pos, int maxWords) {
		int i = pos;
		for (int word = 0; word < maxWords; word++) {
			while (i > 0 && isSeparator(text.charAt(i - 1))) {
				i--;
			}
			int end = i;
			while (i > 0 && isWordChar(text.charAt(i - 1))) {
				i--;
			}
			if (i == end) {
				return false;
			}
			if (matches(text, i, end)) {
				return true;
			}
			if (text.charAt(end - 1) == '.') {
				return false;
			}
		}
		return false;
	}

	/** Whether one of the {@code maxWords} words after {@code pos} is a keyword. */
	boolean after(String text, int pos, int maxWords) {
		int n = text.length();
		int i = pos;
		for (int word = 0; word < maxWords; word++) {
			while (i < n && isSeparator(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < n && isWordChar(text.charAt(i))) {
				i++;
			}
			if (i == start) {
				return false;
			}
			boolean fullStop = text.charAt(i - 1) == '.';
			if (matches(text, start, i) || fullStop && matches(text, start, i - 1)) {
				return true; // after a match, a full stop ends the sentence the match is in
			}
			if (fullStop) {
				return false;
			}
		}
		return false;
	}

	private boolean matches(String text, int start, int end) {
		return words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
	}

	private static boolean isWordChar(char c) {
		return Chars.isLetter(c) || c == '.';
	}

	private static boolean isSeparator(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' || c == ':' || c == ',' || c == '('
				|| c == ')' || c == '-' || c == '"';
	}

}
