package nl.meesterschap.search.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person typed, split into exact phrases (between quotes: straight, „Dutch“ or “curly”) and loose words.
 * Nothing is query syntax: {@code * : ( ) + -} and the like are just characters the analyser drops. An
 * unbalanced quote is ignored (its words count as loose words). Control characters become spaces.
 */
record QueryText(List<String> phrases, String loose) {

	/** At most this many words of loose text are used; a long pasted text still searches sensibly. */
	static final int MAX_WORDS = 32;

	static QueryText parse(String typed) {
		String text = typed.replaceAll("\\p{Cntrl}", " ");
		List<String> phrases = new ArrayList<>();
		StringBuilder loose = new StringBuilder();
		StringBuilder phrase = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isQuote(c)) {
				if (phrase == null) {
					phrase = new StringBuilder();
				}
				else {
					if (!phrase.toString().isBlank()) {
						phrases.add(phrase.toString().strip());
					}
					phrase = null;
				}
				loose.append(' ');
			}
			else if (phrase != null) {
				phrase.append(c);
			}
			else {
				loose.append(c);
			}
		}
		if (phrase != null) {
			loose.append(' ').append(phrase);
		}
		return new QueryText(List.copyOf(phrases), loose.toString().strip());
	}

	boolean isEmpty() {
		return phrases.isEmpty() && loose.isBlank();
	}

	private static boolean isQuote(char c) {
		return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
	}

}
