package nl.meesterschap.search.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.meesterschap.identity.Viewer;
import nl.meesterschap.practice.StoryPanel;
import nl.meesterschap.practice.StorySummary;
import nl.meesterschap.search.Search;
import nl.meesterschap.search.SearchResults.Hit;

/** Under every story: up to five similar stories the reader may see. */
@Component
class SimilarStoriesPanel implements StoryPanel {

	static final int MAX = 5;

	private final Search search;

	SimilarStoriesPanel(Search search) {
		this.search = search;
	}

	@Override
	public String template() {
		return "search/similar";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Optional<Object> data(StorySummary story, Viewer viewer) {
		List<Hit> similar = search.similarStories(story.id(), viewer, MAX);
		return similar.isEmpty() ? Optional.empty() : Optional.of(similar);
	}

}
