package nl.meesterschap.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import nl.meesterschap.identity.Viewer;
import nl.meesterschap.search.Search;
import nl.meesterschap.search.SearchRequest;
import nl.meesterschap.search.SearchResults;
import nl.meesterschap.search.SearchResults.FacetValue;
import nl.meesterschap.search.SearchResults.Hit;
import nl.meesterschap.search.SearchResults.Notice;
import nl.meesterschap.web.InvalidInputException;

/**
 * Searches this node's index: the person's words as a Dutch query ({@link TextQueries}), restricted to what they
 * may see ({@link Filters}), ranked or newest first, with facet counts and highlighted snippets in one pass. When
 * nothing matches it tries words within a typing error or two, and it offers a corrected query when a word is
 * unknown. Empty text lists everything visible, newest first.
 */
@Service
public class LuceneSearch implements Search {

	private static final Sort NEWEST_FIRST = new Sort(new SortField(Fields.DATE, SortField.Type.LONG, true));

	private final IndexNode node;

	private final DutchAnalysis analysis;

	private final TextQueries queries;

	private final Snippets snippets;

	private final Spelling spelling = new Spelling();

	LuceneSearch(IndexNode node, DutchAnalysis analysis, Synonyms synonyms) {
		this.node = node;
		this.analysis = analysis;
		this.queries = new TextQueries(analysis, synonyms);
		this.snippets = new Snippets(analysis);
	}

	@Override
	public SearchResults search(SearchRequest request, Viewer viewer) {
		validate(request);
		Notice notice = node.ready() ? Notice.NONE : Notice.INDEXING;
		QueryText text = QueryText.parse(request.text());
		if (text.isEmpty()) {
			return node.withSearcher(searcher -> run(searcher, new MatchAllDocsQuery(), request.withSort(SearchRequest.Sort.DATE),
					viewer, notice, null));
		}
		if (queries.query(text, false) == null) {
			return SearchResults.empty(request.page(), request.size(), Notice.ONLY_STOP_WORDS);
		}
		List<DutchAnalysis.Word> words = queries.words(text);
		return node.withSearcher(searcher -> {
			Query query = queries.query(text, false, searcher.getIndexReader());
			String suggestion = suggestion(searcher, words, request, viewer);
			SearchResults results = run(searcher, query, request, viewer, notice, suggestion);
			if (results.total() == 0 && !words.isEmpty()) {
				Query fuzzy = queries.query(text, true);
				SearchResults near = fuzzy == null ? results : run(searcher, fuzzy, request, viewer, Notice.FUZZY, suggestion);
				if (near.total() > 0) {
					return near;
				}
			}
			return results;
		});
	}

	@Override
	public List<Hit> similarStories(UUID storyId, Viewer viewer, int max) {
		return node.withSearcher(searcher -> new SimilarStories(analysis).find(searcher, storyId, viewer, max));
	}

	/** Quick results for search-as-you-type: titles that match what is typed so far. */
	public List<Hit> asYouType(String typed, Viewer viewer, int max) {
		if (typed.length() > SearchRequest.MAX_TEXT) {
			return List.of();
		}
		return node.withSearcher(searcher -> new AsYouType(analysis, queries).find(searcher, typed, viewer, max));
	}

	/**
	 * The Lucene query {@link #search} runs first for this request (text, access filter and chosen facets), for
	 * diagnostics and the benchmark's raw baseline; null when the text has only stop words.
	 */
	public @Nullable Query luceneQuery(SearchRequest request, Viewer viewer, IndexReader vocabulary) {
		Query query = textQuery(request, vocabulary);
		return query == null ? null : Filters.restrict(query, request, viewer);
	}

	/** The text part of {@link #luceneQuery} alone (what snippets highlight); null when it has only stop words. */
	public @Nullable Query textQuery(SearchRequest request, IndexReader vocabulary) {
		QueryText text = QueryText.parse(request.text());
		return text.isEmpty() ? new MatchAllDocsQuery() : queries.query(text, false, vocabulary);
	}

	private SearchResults run(IndexSearcher searcher, Query text, SearchRequest request, Viewer viewer, Notice notice,
			@Nullable String suggestion) {
		Query query = Filters.restrict(text, request, viewer);
		int end = request.page() * request.size();
		boolean byDate = request.sort() == SearchRequest.Sort.DATE;
		try {
			Object[] outcome = searcher.search(query, new MultiCollectorManager(
					byDate ? new TopFieldCollectorManager(NEWEST_FIRST, end, null, Integer.MAX_VALUE)
							: new TopScoreDocCollectorManager(end, null, Integer.MAX_VALUE),
					new FacetCounter()));
			TopDocs top = (TopDocs) outcome[0];
			@SuppressWarnings("unchecked")
			Map<String, List<FacetValue>> facets = (Map<String, List<FacetValue>>) outcome[1];
			int from = Math.min((request.page() - 1) * request.size(), top.scoreDocs.length);
			ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
			TopDocs pageDocs = new TopDocs(top.totalHits, page);
			String[] texts = snippets.of(searcher, text, pageDocs);
			StoredFields stored = searcher.storedFields();
			List<Hit> hits = new ArrayList<>();
			for (int i = 0; i < page.length; i++) {
				hits.add(ItemDocuments.hit(stored.document(page[i].doc), texts[i], byDate ? null : page[i].score));
			}
			return new SearchResults(top.totalHits.value, request.page(), request.size(), hits, facets, suggestion,
					notice);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A corrected query, offered only when it finds something this person may see. */
	private @Nullable String suggestion(IndexSearcher searcher, List<DutchAnalysis.Word> words, SearchRequest request,
			Viewer viewer) {
		String corrected = spelling.correct(searcher, words);
		if (corrected == null) {
			return null;
		}
		Query query = queries.query(QueryText.parse(corrected), false, searcher.getIndexReader());
		try {
			return query != null && searcher.count(Filters.restrict(query, request, viewer)) > 0 ? corrected : null;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void validate(SearchRequest request) {
		if (request.text().length() > SearchRequest.MAX_TEXT) {
			throw new InvalidInputException("q", "search.q.too-long", SearchRequest.MAX_TEXT);
		}
		if (request.size() < 1 || request.size() > 100) {
			throw new InvalidInputException("size", "search.size.range", 1, 100);
		}
		if (request.page() < 1 || (long) request.page() * request.size() > SearchRequest.MAX_DEPTH) {
			throw new InvalidInputException("page", "search.page.range", SearchRequest.MAX_DEPTH / request.size());
		}
	}

}
