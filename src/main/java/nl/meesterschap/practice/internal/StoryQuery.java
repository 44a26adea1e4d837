package nl.meesterschap.practice.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.practice.StoryStatus;

/**
 * Which stories to list; null fields do not filter. {@code visibleTo} applies the access policy (published
 * stories of the viewer's audiences, plus the viewer's own in any state).
 */
public record StoryQuery(@Nullable Viewer visibleTo, @Nullable UUID authorId, @Nullable StoryStatus status,
		boolean publishedOnly, @Nullable Domain domain, @Nullable UUID koersOrganisationId,
		@Nullable String principleCode, int page, int size) {

	public StoryQuery {
		page = Math.max(0, page);
		size = Math.min(Math.max(1, size), 100);
	}

	/** Published stories the viewer may see, optionally filtered by domain and principle. */
	public static StoryQuery published(Viewer viewer, @Nullable Domain domain, @Nullable UUID koersOrganisationId,
			@Nullable String principleCode, int page, int size) {
		return new StoryQuery(viewer, null, null, true, domain, koersOrganisationId, principleCode, page, size);
	}

	/** The viewer's own stories in one state (or all states). */
	public static StoryQuery own(Viewer viewer, @Nullable StoryStatus status, int page, int size) {
		return new StoryQuery(viewer, viewer.personId(), status, false, null, null, null, page, size);
	}

}
