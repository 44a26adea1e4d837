package nl.meesterschap.search.internal;

import java.io.IOException;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces an irregular form by its base form before stemming ("kinderen" becomes "kind"); see lemmas.txt. */
final class LemmaFilter extends TokenFilter {

	private final CharArrayMap<String> lemmas;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	LemmaFilter(TokenStream input, CharArrayMap<String> lemmas) {
		super(input);
		this.lemmas = lemmas;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		String lemma = lemmas.get(term.buffer(), 0, term.length());
		if (lemma != null) {
			term.setEmpty().append(lemma);
		}
		return true;
	}

}
