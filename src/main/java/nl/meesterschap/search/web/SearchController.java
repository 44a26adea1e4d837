package nl.meesterschap.search.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.search.SearchRequest;
import nl.meesterschap.search.SearchResults;
import nl.meesterschap.search.internal.LuceneSearch;
import nl.meesterschap.web.InvalidInputException;

/**
 * The search page ({@code /zoeken}), with facets as plain links so it works without JavaScript, and the header's
 * search-as-you-type list ({@code /zoeken/suggesties}, an htmx fragment). Bad input gets a message on the page.
 */
@Controller
@RequestMapping(SearchPage.PATH)
class SearchController {

	private static final int SUGGESTIONS = 6;

	private final LuceneSearch search;

	private final People people;

	private final FacetLabels labels;

	SearchController(LuceneSearch search, People people, FacetLabels labels) {
		this.search = search;
		this.people = people;
		this.labels = labels;
	}

	@GetMapping
	String search(@AuthenticationPrincipal AuthenticatedPerson me, @RequestParam Map<String, String> query,
			Model model, Locale locale) {
		SearchPage page = SearchPage.of(query);
		model.addAttribute("q", page.text());
		model.addAttribute("sort", "datum".equals(page.value("volgorde")) ? "datum" : "relevantie");
		if (!page.asked()) {
			return "search/results";
		}
		Viewer viewer = people.viewer(me.personId());
		SearchRequest request = page.request(people, pageNumber(query.get("pagina")));
		try {
			SearchResults results = search.search(request, viewer);
			model.addAttribute("results", results);
			model.addAttribute("view", SearchView.of(results, request, page, people, labels.forViewer(viewer, locale)));
		}
		catch (InvalidInputException refused) {
			model.addAttribute("refused", refused.violations().get(0));
		}
		return "search/results";
	}

	@GetMapping("/suggesties")
	String suggestions(@AuthenticationPrincipal AuthenticatedPerson me, @RequestParam(defaultValue = "") String q,
			Model model) {
		model.addAttribute("hits", q.isBlank() ? List.of() : search.asYouType(q, people.viewer(me.personId()), SUGGESTIONS));
		model.addAttribute("q", q);
		return "search/suggestions :: list";
	}

	private static int pageNumber(String value) {
		try {
			return value == null ? 1 : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

}
