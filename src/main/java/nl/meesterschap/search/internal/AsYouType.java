package nl.meesterschap.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;

import nl.meesterschap.identity.Viewer;
import nl.meesterschap.search.SearchRequest;
import nl.meesterschap.search.SearchResults.Hit;

/**
 * Search-as-you-type: the words typed so far must match (as in a search), and the word being typed matches as
 * the start of a word, in the title first. Returns titles and links, no snippets, so it stays fast.
 */
final class AsYouType {

	private static final int MIN_PREFIX = 2;

	/** Below this, a prefix in the whole text matches too many words to be quick or useful. */
	private static final int MIN_PREFIX_IN_TEXT = 4;

	private final DutchAnalysis analysis;

	private final TextQueries queries;

	AsYouType(DutchAnalysis analysis, TextQueries queries) {
		this.analysis = analysis;
		this.queries = queries;
	}

	List<Hit> find(IndexSearcher searcher, String typed, Viewer viewer, int max) {
		List<DutchAnalysis.Word> words = queries.words(QueryText.parse(typed));
		if (words.isEmpty()) {
			return List.of();
		}
		boolean stillTyping = !Character.isWhitespace(typed.charAt(typed.length() - 1));
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int complete = stillTyping ? words.size() - 1 : words.size();
		for (int i = 0; i < complete; i++) {
			if (!words.get(i).stop()) {
				query.add(queries.word(words.get(i), false), Occur.MUST);
			}
		}
		if (stillTyping) {
			String prefix = words.get(words.size() - 1).folded();
			if (prefix.length() < MIN_PREFIX) {
				return List.of();
			}
			BooleanQuery.Builder started = new BooleanQuery.Builder()
				.add(new BoostQuery(new PrefixQuery(new Term(Fields.TITLE_PLAIN, prefix)), 2f), Occur.SHOULD);
			if (prefix.length() >= MIN_PREFIX_IN_TEXT) {
				started.add(new PrefixQuery(new Term(Fields.PLAIN, prefix)), Occur.SHOULD);
			}
			query.add(started.build(), Occur.MUST);
		}
		BooleanQuery built = query.build();
		if (built.clauses().isEmpty()) {
			return List.of();
		}
		try {
			List<Hit> hits = new ArrayList<>();
			for (ScoreDoc doc : searcher.search(Filters.restrict(built, SearchRequest.of(""), viewer), max).scoreDocs) {
				hits.add(ItemDocuments.hit(searcher.storedFields().document(doc.doc), "", doc.score));
			}
			return hits;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
