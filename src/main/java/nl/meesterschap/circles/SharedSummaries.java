package nl.meesterschap.circles;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.Viewer;

/**
 * What circles share outside themselves ("wat we delen buiten de kring"): a session's summary, once the privacy
 * guard passed it and the circle published it to an audience. Other modules (signals as evidence, the digest,
 * search) read these; nothing else of a circle ever leaves the module.
 */
public interface SharedSummaries {

	/** The summary of this session if it is shared with the reader; empty otherwise (never a hint it exists). */
	Optional<SharedSummary> find(UUID sessionId, Viewer viewer);

	/** Summaries shared with the reader, newest first. */
	List<SharedSummary> sharedWith(Viewer viewer, int limit);

	/**
	 * The summary of this session as a search index stores it, whoever may read it: empty when it is not shared
	 * (its audience, in the record, decides who finds it).
	 */
	Optional<SharedSummary> document(UUID sessionId);

	/** One page of the session ids of shared summaries, in id order after {@code after} (null: from the start). */
	List<UUID> documentIds(@Nullable UUID after, int limit);

	/**
	 * One shared summary. {@code publishedBy} is who shared it (the audience's owner for the access policy);
	 * {@code organisationId} is the organisation that owns the circle; {@code url} is the page that shows it,
	 * relative to the application.
	 */
	record SharedSummary(UUID sessionId, UUID circleId, String circleName, String methodName, Instant heldAt,
			String text, Audience audience, UUID publishedBy, Instant publishedAt, String url, UUID organisationId) {
	}

}
