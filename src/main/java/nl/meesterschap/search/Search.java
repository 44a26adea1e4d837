package nl.meesterschap.search;

import java.util.List;
import java.util.UUID;

import nl.meesterschap.identity.Viewer;

/**
 * The search module's face to other modules. Every answer holds only what the viewer may see (the same access
 * policy as the pages); principles of a published koers are visible to everyone signed in.
 */
public interface Search {

	/** Refuses a text longer than {@link SearchRequest#MAX_TEXT} and bad paging with an InvalidInputException. */
	SearchResults search(SearchRequest request, Viewer viewer);

	/** Up to {@code max} published stories like this one (more-like-this) that the viewer may see. */
	List<SearchResults.Hit> similarStories(UUID storyId, Viewer viewer, int max);

}
