package nl.meesterschap.search.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.search.ItemType;
import nl.meesterschap.search.Search;
import nl.meesterschap.search.SearchRequest;
import nl.meesterschap.search.SearchResults;
import nl.meesterschap.search.web.SearchApiModel.Facet;
import nl.meesterschap.search.web.SearchApiModel.Result;
import nl.meesterschap.search.web.SearchApiModel.SearchResponse;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;

/** Search over the API: the same Dutch analysis, access policy and facets as the search page. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "search", description = "Zoeken in alles wat jij mag zien")
class SearchApiController {

	private final Search search;

	private final People people;

	private final FacetLabels labels;

	private final String publicUrl;

	SearchApiController(Search search, People people, FacetLabels labels, @Value("${meesterschap.public-url}") String publicUrl) {
		this.search = search;
		this.people = people;
		this.labels = labels;
		this.publicUrl = publicUrl;
	}

	@GetMapping
	@Operation(operationId = "search", summary = "Zoek in verhalen, reacties, principes, signalen en samenvattingen",
			description = "Zoekt in gewoon Nederlands: vervoegingen, samenstellingen, synoniemen en tikfouten vinden ook. "
					+ "Zet woorden tussen aanhalingstekens voor een exacte woordgroep. Zonder q: alles wat je mag zien, "
					+ "nieuwste eerst. Alleen wat jij mag zien telt mee, ook in de facetten.")
	SearchResponse search(@AuthenticationPrincipal AuthenticatedPerson me,
			@Parameter(description = "Je zoekvraag, hoogstens 1000 tekens") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "story, response, principle, signal of summary") @RequestParam(required = false) @Nullable String type,
			@Parameter(description = "JEUGD, WMO of PARTICIPATIE") @RequestParam(required = false) @Nullable String domain,
			@Parameter(description = "Code van een principe, bijvoorbeeld P2") @RequestParam(required = false) @Nullable String principle,
			@Parameter(description = "Id van een organisatie") @RequestParam(required = false) @Nullable String organisation,
			@Parameter(description = "Jaar van publicatie") @RequestParam(required = false) @Nullable String year,
			@Parameter(description = "relevance (standaard) of date") @RequestParam(required = false) @Nullable String sort,
			@Parameter(description = "Pagina, vanaf 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Resultaten per pagina, 1 tot en met 100") @RequestParam(defaultValue = "10") int size,
			Locale locale) {
		List<Violation> violations = new ArrayList<>();
		ItemType chosenType = type == null ? null : ItemType.ofCode(type).orElseGet(() -> refuse(violations, "type", "search.type.invalid"));
		Domain chosenDomain = domain == null ? null : parse(() -> Domain.valueOf(domain.strip().toUpperCase(Locale.ROOT)), violations, "domain", "search.domain.invalid");
		UUID chosenOrganisation = organisation == null ? null : parse(() -> UUID.fromString(organisation.strip()), violations, "organisation", "search.organisation.invalid");
		Integer chosenYear = year == null ? null : parse(() -> Integer.valueOf(year.strip()), violations, "year", "search.year.invalid");
		SearchRequest.Sort chosenSort = sort == null || sort.equalsIgnoreCase("relevance") ? SearchRequest.Sort.RELEVANCE
				: sort.equalsIgnoreCase("date") ? SearchRequest.Sort.DATE : refuse(violations, "sort", "search.sort.invalid");
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		String code = principle == null || principle.isBlank() ? null : principle.strip().toUpperCase(Locale.ROOT);
		Viewer viewer = people.viewer(me.personId());
		SearchResults results = search.search(new SearchRequest(q, chosenType, chosenDomain, code, chosenOrganisation,
				chosenYear, chosenSort, page, size), viewer);
		FacetLabels.Labeller labeller = labels.forViewer(viewer, locale);
		Map<String, List<Facet>> facets = new LinkedHashMap<>();
		results.facets().forEach((facet, values) -> facets.put(facet, values.stream()
			.map(v -> new Facet(v.value(), labeller.label(facet, v.value()), v.count())).toList()));
		return new SearchResponse(results.total(), results.page(), results.size(), results.hits().stream()
			.map(hit -> new Result(hit.type().code(), hit.id(), hit.title(), hit.snippet(), hit.score(), publicUrl + hit.url(),
					hit.date(), hit.author(), hit.domains().stream().map(Domain::name).toList()))
			.toList(), facets, results.suggestion(), results.notice().name());
	}

	private static <T> @Nullable T parse(java.util.function.Supplier<T> parser, List<Violation> violations, String field,
			String code) {
		try {
			return parser.get();
		}
		catch (IllegalArgumentException e) {
			return refuse(violations, field, code);
		}
	}

	private static <T> @Nullable T refuse(List<Violation> violations, String field, String code) {
		violations.add(new Violation(field, code));
		return null;
	}

}
