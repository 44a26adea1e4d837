package nl.meesterschap.search.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/** The JSON of {@code GET /api/v1/search}. */
final class SearchApiModel {

	private SearchApiModel() {
	}

	@Schema(name = "SearchResults", description = "Eén pagina resultaten die jij mag zien, met facetten over alle resultaten")
	record SearchResponse(@Schema(description = "Aantal resultaten in totaal") long total,
			@Schema(description = "Paginanummer, vanaf 1") int page, @Schema(description = "Resultaten per pagina") int size,
			List<Result> results,
			@Schema(description = "Per facet (type, domain, principle, organisation, year) de waarden met aantallen") Map<String, List<Facet>> facets,
			@Schema(description = "Een verbeterde zoekvraag als een woord niet bestaat (‘Bedoelde je …?’), anders null") @Nullable String suggestion,
			@Schema(description = "NONE, FUZZY (woorden die erop lijken), ONLY_STOP_WORDS of INDEXING") String notice) {
	}

	@Schema(name = "SearchResult")
	record Result(@Schema(description = "story, response, principle, signal of summary") String type, String id, String title,
			@Schema(description = "HTML: ge-escapete tekst, treffers tussen <mark> en </mark>") String snippet,
			@Schema(description = "Relevantie; null bij sorteren op datum") @Nullable Float score,
			@Schema(description = "Adres van de pagina") String url,
			@Schema(description = "Gepubliceerd op") Instant publishedAt,
			@Schema(description = "Naam van de auteur; ontbreekt als die niet getoond wordt") @Nullable String author,
			@Schema(description = "JEUGD, WMO, PARTICIPATIE") List<String> domains) {
	}

	@Schema(name = "SearchFacetValue")
	record Facet(String value, @Schema(description = "Leesbare naam") String label, long count) {
	}

}
