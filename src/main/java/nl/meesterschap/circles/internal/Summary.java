package nl.meesterschap.circles.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.Audience;

/**
 * "What we share outside the circle": kept inside the circle until it is published to {@code audience}, which
 * happens only when the privacy guard finds nothing in it.
 */
public record Summary(UUID sessionId, String body, @Nullable Audience audience, @Nullable UUID publishedBy,
		@Nullable Instant publishedAt, Instant updatedAt) {

	public boolean published() {
		return publishedAt != null;
	}

}
