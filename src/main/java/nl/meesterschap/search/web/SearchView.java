package nl.meesterschap.search.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.People;
import nl.meesterschap.search.SearchRequest;
import nl.meesterschap.search.SearchResults;
import nl.meesterschap.search.SearchResults.FacetValue;

/**
 * What the results page shows besides the hits: each facet's values as links that add the filter, the chosen
 * filters as links that remove them, and the links to other pages.
 */
record SearchView(List<Facet> facets, List<Chosen> chosen, @Nullable String previous, @Nullable String next,
		@Nullable String suggestion) {

	static SearchView of(SearchResults results, SearchRequest request, SearchPage page, People people,
			FacetLabels.Labeller labels) {
		List<Facet> facets = new ArrayList<>();
		results.facets().forEach((facet, values) -> {
			String param = SearchPage.param(facet);
			if (values.isEmpty() || page.value(param) != null) {
				return;
			}
			List<Link> links = new ArrayList<>();
			for (FacetValue value : values) {
				links.add(new Link(labels.label(facet, value.value()), value.count(),
						page.with(param, SearchPage.paramValue(facet, value.value(), people))));
			}
			facets.add(new Facet(facet, links));
		});
		List<Chosen> chosen = new ArrayList<>();
		chosenValues(request).forEach((facet, value) -> chosen
			.add(new Chosen(facet, labels.label(facet, value), page.without(SearchPage.param(facet)))));
		return new SearchView(facets, chosen, results.page() > 1 ? page.page(results.page() - 1) : null,
				results.page() < results.pages() ? page.page(results.page() + 1) : null,
				results.suggestion() == null ? null : page.with("q", results.suggestion()));
	}

	/** The filters of a request by facet, as index values. */
	private static Map<String, String> chosenValues(SearchRequest request) {
		Map<String, String> values = new LinkedHashMap<>();
		if (request.type() != null) {
			values.put("type", request.type().code());
		}
		if (request.domain() != null) {
			values.put("domain", request.domain().name());
		}
		if (request.principle() != null) {
			values.put("principle", request.principle());
		}
		if (request.organisation() != null) {
			values.put("organisation", request.organisation().toString());
		}
		if (request.year() != null) {
			values.put("year", request.year().toString());
		}
		return values;
	}

	/** A facet that is not chosen yet, with its values. */
	record Facet(String name, List<Link> links) {
	}

	/** A facet value: its name, how many results have it, and the address with it as filter. */
	record Link(String label, long count, String url) {
	}

	/** A chosen filter and the address without it. */
	record Chosen(String facet, String label, String removeUrl) {
	}

}
