package nl.meesterschap.practice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.Viewer;

/** The practice module's face to other modules. Every method applies the access policy for the viewer. */
public interface Stories {

	/** A story the viewer may see: published for their audience, or their own in any state. */
	Optional<StorySummary> visible(UUID storyId, Viewer viewer);

	/** The viewer's own stories, newest first (for bringing one to a learning circle, for example). */
	List<StorySummary> ownedBy(Viewer viewer);

	/** Published stories linked to a principle that the viewer may see, newest first. */
	List<StorySummary> linkedTo(UUID koersOrganisationId, String principleCode, Viewer viewer, int limit);

	/** What a search index stores of a published story; empty when the story is not (or no longer) published. */
	Optional<StoryDocument> document(UUID storyId);

	/** {@link #document(UUID)} for many stories in a few queries (a rebuild); stories not published are left out. */
	List<StoryDocument> documents(List<UUID> storyIds);

	/** Ids of published stories after {@code after} (null: from the start), in id order, for a full rebuild. */
	List<UUID> publishedIds(@Nullable UUID after, int limit);

}
