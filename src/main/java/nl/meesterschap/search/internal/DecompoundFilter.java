package nl.meesterschap.search.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Keeps each word and adds the parts of a compound at the same position (and with the same offsets, so a hit on
 * "hulp" highlights the whole "schuldhulpverlening").
 */
final class DecompoundFilter extends TokenFilter {

	private final Decompounder decompounder;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	private final Deque<String> pending = new ArrayDeque<>();

	private AttributeSource.State word;

	DecompoundFilter(TokenStream input, Decompounder decompounder) {
		super(input);
		this.decompounder = decompounder;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!pending.isEmpty()) {
			restoreState(word);
			term.setEmpty().append(pending.removeFirst());
			position.setPositionIncrement(0);
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		if (!keyword.isKeyword()) {
			pending.addAll(decompounder.parts(term.buffer(), term.length()));
			if (!pending.isEmpty()) {
				word = captureState();
			}
		}
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		pending.clear();
		word = null;
	}

}
