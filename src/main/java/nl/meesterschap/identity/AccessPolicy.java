package nl.meesterschap.identity;

import java.util.UUID;

/**
 * The one place that answers "may this person see this item?". Pages, the API, search and digests all ask
 * here (or use the equivalent {@link Viewer#audienceKeys()} filter). An item the viewer may not see must
 * answer 404, never 403.
 */
public final class AccessPolicy {

	private AccessPolicy() {
	}

	public static boolean maySee(Viewer viewer, UUID ownerId, Audience audience) {
		return viewer.personId().equals(ownerId) || viewer.audienceKeys().contains(audience.key(ownerId));
	}

	public static boolean maySee(Viewer viewer, Shared item) {
		return maySee(viewer, item.ownerId(), item.audience());
	}

	/** Anything that is shared with an audience. */
	public interface Shared {

		UUID ownerId();

		Audience audience();

	}

}
