package nl.meesterschap.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Splits Dutch compound words into the words of a word list: "schuldhulpverlening" into "schuld",
 * "hulpverlening", "hulp" and "verlening". It looks for the split into the fewest words that covers the whole
 * compound, allowing a linking sound between words (bijstand-s-uitkering, kind-er-opvang, schuld-en-last) and an
 * ending on the last word (mantelzorg-ers), then splits each part again. A word that does not split completely
 * into listed words is left alone, which keeps "kantoor" whole even though "kant" is a word.
 */
final class Decompounder {

	static final int MIN_PART = 3;

	static final int MAX_WORD = 40;

	private static final String[] LINKS = { "s", "en", "e", "er" };

	private static final String[] ENDINGS = { "s", "en", "e", "n", "er", "ers", "es", "je", "jes", "tje", "tjes" };

	private static final int NONE = Integer.MAX_VALUE / 2;

	private final CharArraySet words;

	/** Length of the longest listed word: no part is longer. */
	private final int longest;

	Decompounder(Collection<String> words) {
		this.words = new CharArraySet(words.size(), false);
		words.forEach(word -> this.words.add(WordLists.fold(word)));
		this.longest = words.stream().mapToInt(String::length).max().orElse(0);
	}

	/** The parts of a compound, in reading order and then the parts of parts; empty for a word that is no compound. */
	List<String> parts(String word) {
		return parts(word.toCharArray(), word.length());
	}

	List<String> parts(char[] buffer, int length) {
		if (length < 2 * MIN_PART || length > MAX_WORD || !startsWithWord(buffer, length) || !endsWithWord(buffer, length)) {
			return List.of();
		}
		Set<String> found = new LinkedHashSet<>();
		split(buffer, 0, length, found);
		return new ArrayList<>(found);
	}

	/** A cheap test that rules out most words: a compound starts with a listed word that leaves something over. */
	private boolean startsWithWord(char[] buffer, int length) {
		for (int end = MIN_PART; end <= Math.min(length - MIN_PART, longest); end++) {
			if (words.contains(buffer, 0, end)) {
				return true;
			}
		}
		return false;
	}

	/** And it ends with a listed word, perhaps with an ending. */
	private boolean endsWithWord(char[] buffer, int length) {
		for (int start = length - MIN_PART; start >= Math.max(MIN_PART, length - longest - 4); start--) {
			for (int end = length; end >= start + MIN_PART && end >= length - 4; end--) {
				if ((end == length || isEnding(buffer, end, length)) && words.contains(buffer, start, end - start)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Adds the parts of {@code buffer[from, to)} when it is a compound; false when it is not. */
	private boolean split(char[] buffer, int from, int to, Set<String> found) {
		int length = to - from;
		if (length < 2 * MIN_PART) {
			return false;
		}
		int[] partsFrom = new int[length + 1];
		int[] wordEnd = new int[length + 1];
		int[] next = new int[length + 1];
		solve(buffer, from, to, partsFrom, wordEnd, next);
		// The first word must leave something over: a compound has at least two words.
		int bestEnd = -1;
		int bestNext = -1;
		int best = NONE;
		for (int end = Math.min(to - 1, from + longest); end >= from + MIN_PART; end--) {
			if (!words.contains(buffer, from, end - from)) {
				continue;
			}
			for (int after : afterWord(buffer, end, to)) {
				if (after < to && partsFrom[after - from] < NONE && 1 + partsFrom[after - from] < best) {
					best = 1 + partsFrom[after - from];
					bestEnd = end;
					bestNext = after;
				}
			}
		}
		if (bestEnd < 0) {
			return false;
		}
		List<int[]> spans = new ArrayList<>();
		spans.add(new int[] { from, bestEnd });
		for (int at = bestNext; at < to;) {
			spans.add(new int[] { at, wordEnd[at - from] });
			at = next[at - from];
		}
		for (int[] span : spans) {
			found.add(new String(buffer, span[0], span[1] - span[0]));
		}
		for (int[] span : spans) {
			split(buffer, span[0], span[1], found);
		}
		return true;
	}

	/**
	 * Fewest words covering {@code buffer[i, to)} for every i (NONE when impossible), with the end of the first word
	 * and where the rest starts. Longer first words win ties.
	 */
	private void solve(char[] buffer, int from, int to, int[] partsFrom, int[] wordEnd, int[] next) {
		int length = to - from;
		partsFrom[length] = NONE;
		for (int i = length - 1; i >= 0; i--) {
			partsFrom[i] = NONE;
			int start = from + i;
			for (int end = Math.min(to, start + longest); end >= start + MIN_PART; end--) {
				if (!words.contains(buffer, start, end - start)) {
					continue;
				}
				if (end == to || isEnding(buffer, end, to)) {
					if (1 < partsFrom[i]) {
						partsFrom[i] = 1;
						wordEnd[i] = end;
						next[i] = to;
					}
					continue;
				}
				for (int after : afterWord(buffer, end, to)) {
					if (after < to && partsFrom[after - from] < NONE && 1 + partsFrom[after - from] < partsFrom[i]) {
						partsFrom[i] = 1 + partsFrom[after - from];
						wordEnd[i] = end;
						next[i] = after;
					}
				}
			}
		}
	}

	/** Where the next word may start after a word ending at {@code end}: right there, or after a linking sound. */
	private static int[] afterWord(char[] buffer, int end, int to) {
		int[] starts = new int[LINKS.length + 1];
		int count = 0;
		starts[count++] = end;
		for (String link : LINKS) {
			if (startsWith(buffer, end, to, link)) {
				starts[count++] = end + link.length();
			}
		}
		return java.util.Arrays.copyOf(starts, count);
	}

	private static boolean isEnding(char[] buffer, int end, int to) {
		for (String ending : ENDINGS) {
			if (ending.length() == to - end && startsWith(buffer, end, to, ending)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWith(char[] buffer, int at, int to, String text) {
		if (to - at < text.length()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (buffer[at + i] != text.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
