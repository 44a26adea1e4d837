package nl.meesterschap.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets from the body: the best passage of about two hundred characters, its text HTML-escaped and
 * the matching words (also synonyms, compound parts and near misses) in {@code <mark>}. Offsets come from the
 * postings, so nothing is analysed again. A hit only in the title shows the start of the body.
 */
final class Snippets {

	private static final int LENGTH = 200;

	private final DutchAnalysis analysis;

	Snippets(DutchAnalysis analysis) {
		this.analysis = analysis;
	}

	String[] of(IndexSearcher searcher, Query query, TopDocs page) {
		if (page.scoreDocs.length == 0) {
			return new String[0];
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analysis.index())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
					BreakIterator.getSentenceInstance(Locale.forLanguageTag("nl")), LENGTH, 0.5f))
			.withMaxNoHighlightPassages(1)
			.withMaxLength(20_000)
			.withFieldMatcher(field -> field.equals(Fields.BODY))
			.build();
		try {
			// Rewritten once here: the highlighter would otherwise expand a fuzzy query again for every document.
			String[] snippets = highlighter.highlight(Fields.BODY, searcher.rewrite(query), page, 1);
			for (int i = 0; i < snippets.length; i++) {
				snippets[i] = snippets[i] == null ? "" : snippets[i].strip();
			}
			return snippets;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
