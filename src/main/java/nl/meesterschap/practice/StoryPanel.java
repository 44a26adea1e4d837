package nl.meesterschap.practice;

import java.util.Optional;

import nl.meesterschap.identity.Viewer;

/**
 * A block another module adds under a story on its page (similar stories, responses, ...). The page includes
 * the Thymeleaf fragment {@code panel(data)} from {@link #template()} with the data returned for the reader.
 */
public interface StoryPanel {

	String template();

	/** Lower numbers come first. */
	int order();

	/** The data for this story and reader, or empty to leave the panel out. */
	Optional<Object> data(StorySummary story, Viewer viewer);

}
