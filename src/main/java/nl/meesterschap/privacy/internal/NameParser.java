package nl.meesterschap.privacy.internal;

/**
 * Reads the parts of a Dutch name from a given position: first names ({@code Jan-Willem}), surnames with particles
 * ({@code van der Berg}, {@code El Amrani}, {@code Jansen-de Vries}) and initials ({@code J.P.}, {@code IJ.}). Methods
 * return the end of what they read, -1 when nothing is there, or {@link #NOT_A_NAME}.
 */
final class NameParser {

	/** A name-like phrase was there, but it is a street, organisation or compound word: no name at all. */
	static final int NOT_A_NAME = -2;

	private final WordLists lists;

	NameParser(WordLists lists) {
		this.lists = lists;
	}

	/** The end of first names and an optional surname from {@code start}, -1 without either, or NOT_A_NAME. */
	int nameEnd(String text, int start, boolean afterTitle) {
		int end = -1;
		int i = start;
		while (i >= 0 && isCapitalisedFirstName(text, i, Words.end(text, i))) {
			end = Words.end(text, i);
			if (end + 1 < text.length() && text.charAt(end) == '-' && Character.isLowerCase(text.charAt(end + 1))) {
				return NOT_A_NAME; // a compound such as EVA-staten
			}
			if (end + 1 < text.length() && text.charAt(end) == '-' && Character.isUpperCase(text.charAt(end + 1))) {
				int second = Words.end(text, end + 1);
				if (!isFirstName(text, end + 1, second)) {
					return NOT_A_NAME; // a compound such as Hendrik-Ido-Ambacht
				}
				end = second; // Jan-Willem, Anne-Marie
			}
			i = Words.nextAfterSpace(text, end);
		}
		if (i < 0) {
			return end;
		}
		int surnameEnd = surnameEnd(text, i, afterTitle);
		return surnameEnd > 0 || surnameEnd == NOT_A_NAME ? surnameEnd : end;
	}

	/** The end of a surname such as "Jansen", "van der Berg", "El Amrani" or "Jansen-de Vries", -1, or NOT_A_NAME. */
	int surnameEnd(String text, int start, boolean afterTitle) {
		int i = start;
		for (int particles = 0; particles < 3; particles++) {
			int wordEnd = text.startsWith("'t ", i) ? i + 2 : Words.end(text, i);
			boolean particle = wordEnd > i && NameContext.isParticle(WordLists.lower(text, i, wordEnd))
					|| wordEnd == i + 2 && text.startsWith("'t", i);
			boolean joined = wordEnd + 1 < text.length() && (text.charAt(wordEnd) == ' ' || text.charAt(wordEnd) == '-')
					&& Chars.isLetter(text.charAt(wordEnd + 1));
			if (!particle || !joined) {
				break;
			}
			i = wordEnd + 1;
		}
		int end = Words.end(text, i);
		if (!Words.isCapitalised(text, i, end) || end - i < 2 || Words.isAcronym(text, i, end) && !afterTitle) {
			return -1;
		}
		String word = WordLists.lower(text, i, end);
		if (!lists.isSurname(word)) {
			if (lists.isCommonWord(word)) {
				return -1;
			}
			if (NameContext.hasNonNameEnding(word)) {
				return NOT_A_NAME;
			}
		}
		if (end + 1 < text.length() && text.charAt(end) == '-' && Chars.isLetter(text.charAt(end + 1))) {
			int second = surnameEnd(text, end + 1, afterTitle);
			return second > 0 ? second : end;
		}
		return end;
	}

	/**
	 * The end of a second surname word without a hyphen ("E.M.H. Hirsch Ballin"), used after initials and titles, or
	 * {@code end} when none follows.
	 */
	int secondSurnameEnd(String text, int end) {
		int next = Words.nextAfterSpace(text, end);
		if (next < 0) {
			return end;
		}
		int nextEnd = Words.end(text, next);
		String word = WordLists.lower(text, next, nextEnd);
		boolean surname = Words.isCapitalised(text, next, nextEnd) && nextEnd - next >= 2
				&& !Words.isAcronym(text, next, nextEnd) && !lists.isCommonWord(word)
				&& !isFirstName(text, next, nextEnd) && !NameContext.hasNonNameEnding(word);
		return surname ? nextEnd : end;
	}

	/** The end of an initial such as "J." or "IJ." at {@code start}, or -1. */
	static int initialEnd(String text, int start) {
		int letters = text.startsWith("IJ.", start) ? 2 : 1;
		boolean initial = start + letters < text.length() && Character.isUpperCase(text.charAt(start))
				&& text.charAt(start + letters) == '.' && Words.end(text, start) == start + letters
				&& Chars.startsToken(text, start);
		return initial ? start + letters + 1 : -1;
	}

	/** The start of particles right before {@code start} ("van der " before "Berg"), else {@code start}. */
	static int particlesBefore(String text, int start) {
		int phraseStart = start;
		for (int k = 0; k < 3 && phraseStart >= 2 && text.charAt(phraseStart - 1) == ' '; k++) {
			int wordStart = Words.start(text, phraseStart - 1);
			if (wordStart > 0 && text.charAt(wordStart - 1) == '\'') {
				wordStart--;
			}
			int length = phraseStart - 1 - wordStart;
			if (length == 0 || length > NameContext.LONGEST_PARTICLE) {
				break;
			}
			String word = WordLists.lower(text, wordStart, phraseStart - 1);
			if (!(NameContext.isParticle(word) || word.equals("'t"))) {
				break;
			}
			phraseStart = wordStart;
		}
		return phraseStart;
	}

	boolean isFirstName(String text, int start, int end) {
		String word = WordLists.lower(text, start, end);
		return lists.isFirstName(word) || lists.isAmbiguousFirstName(word);
	}

	private boolean isCapitalisedFirstName(String text, int start, int end) {
		return Words.isCapitalised(text, start, end) && isFirstName(text, start, end);
	}

}
