package nl.meesterschap.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A stored personal access token (never the secret itself; {@code hint} shows its first characters). */
public record ApiToken(UUID id, UUID personId, String name, String hint, Instant createdAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}

}
