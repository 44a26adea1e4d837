package nl.meesterschap.search;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.policy.Domain;

/**
 * A search as a person asks it: their own words (quotes for an exact phrase; empty to list everything they may
 * see, newest first), optional filters (one value per facet), the order and a page (from 1).
 */
public record SearchRequest(String text, @Nullable ItemType type, @Nullable Domain domain, @Nullable String principle,
		@Nullable UUID organisation, @Nullable Integer year, Sort sort, int page, int size) {

	/** Longer queries are refused with a clear message. */
	public static final int MAX_TEXT = 1000;

	/** How far paging reaches (page × size). */
	public static final int MAX_DEPTH = 10_000;

	public SearchRequest {
		text = text == null ? "" : text;
		sort = sort == null ? Sort.RELEVANCE : sort;
	}

	public static SearchRequest of(String text) {
		return new SearchRequest(text, null, null, null, null, null, Sort.RELEVANCE, 1, 10);
	}

	public SearchRequest withType(@Nullable ItemType newType) {
		return new SearchRequest(text, newType, domain, principle, organisation, year, sort, page, size);
	}

	public SearchRequest withDomain(@Nullable Domain newDomain) {
		return new SearchRequest(text, type, newDomain, principle, organisation, year, sort, page, size);
	}

	public SearchRequest withPage(int newPage, int newSize) {
		return new SearchRequest(text, type, domain, principle, organisation, year, sort, newPage, newSize);
	}

	public SearchRequest withSort(Sort newSort) {
		return new SearchRequest(text, type, domain, principle, organisation, year, newSort, page, size);
	}

	public boolean hasFilters() {
		return type != null || domain != null || principle != null || organisation != null || year != null;
	}

	/** Best match first, or newest first. */
	public enum Sort {
		RELEVANCE, DATE
	}

}
