package nl.meesterschap.search.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Drops a trailing {@code 's} or apostrophe ("café's" and "collega’s" lose it; the stemmer then sees the word). */
final class PossessiveFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	PossessiveFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		char[] buffer = term.buffer();
		int length = term.length();
		if (length > 2 && buffer[length - 1] == 's' && isApostrophe(buffer[length - 2])) {
			length -= 2;
		}
		while (length > 1 && isApostrophe(buffer[length - 1])) {
			length--;
		}
		term.setLength(length);
		return true;
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '\u2019';
	}

}
