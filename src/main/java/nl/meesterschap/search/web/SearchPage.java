package nl.meesterschap.search.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.search.ItemType;
import nl.meesterschap.search.SearchRequest;

/**
 * The search page's address and its Dutch parameters ({@code q}, {@code soort}, {@code domein}, {@code principe},
 * {@code organisatie}, {@code jaar}, {@code volgorde}, {@code pagina}), turned into a request and back into links
 * that add or remove one filter. Values that make no sense are ignored, as on the other list pages.
 */
final class SearchPage {

	static final String PATH = "/zoeken";

	static final int SIZE = 10;

	private static final Map<ItemType, String> TYPES = Map.of(ItemType.STORY, "verhaal", ItemType.RESPONSE, "reactie",
			ItemType.PRINCIPLE, "principe", ItemType.SIGNAL, "signaal", ItemType.SUMMARY, "samenvatting");

	private final Map<String, String> params = new LinkedHashMap<>();

	private SearchPage() {
	}

	static SearchPage of(Map<String, String> query) {
		SearchPage page = new SearchPage();
		for (String name : new String[] { "q", "soort", "domein", "principe", "organisatie", "jaar", "volgorde" }) {
			String value = query.get(name);
			if (value != null && !value.isBlank()) {
				page.params.put(name, name.equals("q") ? value : value.strip());
			}
		}
		return page;
	}

	String text() {
		return params.getOrDefault("q", "");
	}

	boolean asked() {
		return !params.isEmpty();
	}

	SearchRequest request(People people, int pageNumber) {
		ItemType type = TYPES.entrySet().stream().filter(e -> e.getValue().equals(params.get("soort")))
			.map(Map.Entry::getKey).findFirst().orElse(null);
		Domain domain = parse(params.get("domein"), v -> Domain.valueOf(v.toUpperCase(Locale.ROOT)));
		String principle = params.containsKey("principe") ? params.get("principe").toUpperCase(Locale.ROOT) : null;
		UUID organisation = Optional.ofNullable(params.get("organisatie")).flatMap(people::organisationBySlug)
			.map(OrganisationSummary::id).orElse(null);
		Integer year = parse(params.get("jaar"), Integer::valueOf);
		SearchRequest.Sort sort = "datum".equals(params.get("volgorde")) ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE;
		int maxPage = SearchRequest.MAX_DEPTH / SIZE;
		return new SearchRequest(text(), type, domain, principle, organisation, year, sort,
				Math.max(1, Math.min(pageNumber, maxPage)), SIZE);
	}

	/** The page's value of a facet's parameter for an index value (a slug for an organisation). */
	static String paramValue(String facet, String value, People people) {
		return switch (facet) {
			case "type" -> ItemType.ofCode(value).map(TYPES::get).orElse(value);
			case "organisation" -> people.organisation(UUID.fromString(value)).map(OrganisationSummary::slug).orElse(value);
			default -> value;
		};
	}

	static String param(String facet) {
		return switch (facet) {
			case "type" -> "soort";
			case "domain" -> "domein";
			case "principle" -> "principe";
			case "organisation" -> "organisatie";
			default -> "jaar";
		};
	}

	@Nullable String value(String param) {
		return params.get(param);
	}

	String with(String param, String value) {
		Map<String, String> changed = new LinkedHashMap<>(params);
		changed.put(param, value);
		return url(changed, 1);
	}

	String without(String param) {
		Map<String, String> changed = new LinkedHashMap<>(params);
		changed.remove(param);
		return url(changed, 1);
	}

	String page(int number) {
		return url(params, number);
	}

	private static String url(Map<String, String> params, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(PATH);
		params.forEach(url::queryParam);
		if (page > 1) {
			url.queryParam("pagina", page);
		}
		return url.encode().build().toUriString();
	}

	private static <T> @Nullable T parse(@Nullable String value, java.util.function.Function<String, T> parser) {
		if (value == null) {
			return null;
		}
		try {
			return parser.apply(value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
