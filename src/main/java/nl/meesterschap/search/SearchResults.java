package nl.meesterschap.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.policy.Domain;

/**
 * One page of results the person may see, how many there are in all, the facet counts over all of them (keys
 * {@code type}, {@code domain}, {@code principle}, {@code organisation}, {@code year}), a "did you mean" query when
 * the words look misspelt, and a notice when the search had to do something the person should know.
 */
public record SearchResults(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets,
		@Nullable String suggestion, Notice notice) {

	public SearchResults {
		hits = List.copyOf(hits);
		facets = Map.copyOf(facets);
	}

	public static SearchResults empty(int page, int size, Notice notice) {
		return new SearchResults(0, page, size, List.of(), Map.of(), null, notice);
	}

	public int pages() {
		return (int) Math.max(1, Math.min((total + size - 1) / size, SearchRequest.MAX_DEPTH / size));
	}

	/**
	 * One result. {@code snippet} is HTML: the text is escaped and the words that matched are wrapped in
	 * {@code <mark>}. {@code score} is absent when sorted by date; {@code author} when the item has none to show.
	 */
	public record Hit(ItemType type, String id, String title, String snippet, @Nullable Float score, String url,
			Instant date, @Nullable String author, List<Domain> domains) {
	}

	/** A facet value and how many results have it. */
	public record FacetValue(String value, long count) {
	}

	/** What the person should know about how the search went. */
	public enum Notice {
		/** Nothing special. */
		NONE,
		/** Nothing matched exactly, so words that look alike are shown. */
		FUZZY,
		/** Every word was a stop word ("de", "een"), so there was nothing to search for. */
		ONLY_STOP_WORDS,
		/** The index is still being built after a start or a rebuild; results may be incomplete. */
		INDEXING
	}

}
