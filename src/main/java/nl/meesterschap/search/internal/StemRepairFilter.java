package nl.meesterschap.search.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Two repairs after the Dutch Snowball stemmer, so singular and plural meet: a doubled end consonant becomes one
 * ("gezinn" from gezinnen becomes "gezin") and a final z or v becomes s or f ("dakloz" from daklozen becomes
 * "daklos" like dakloos, "briev" becomes "brief").
 */
final class StemRepairFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	StemRepairFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		term.setLength(repair(term.buffer(), term.length()));
		return true;
	}

	/** Repairs the stem in place and returns its new length. */
	static int repair(char[] stem, int length) {
		if (length < 4) {
			return length;
		}
		char last = stem[length - 1];
		if (last == stem[length - 2] && isConsonant(last)) {
			length--;
			last = stem[length - 1];
		}
		if (last == 'z') {
			stem[length - 1] = 's';
		}
		else if (last == 'v') {
			stem[length - 1] = 'f';
		}
		return length;
	}

	private static boolean isConsonant(char c) {
		return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
	}

}
