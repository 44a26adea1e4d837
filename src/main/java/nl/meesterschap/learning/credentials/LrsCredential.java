package nl.meesterschap.learning.credentials;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.learning.statements.XapiVersion;

/**
 * An LRS credential of an organisation: its key is the HTTP Basic user name; the secret is never kept. The xAPI
 * version is the one the LRS answers its client in when a request names none (an older client speaks 1.0.3).
 */
public record LrsCredential(UUID id, UUID organisationId, String name, String key, XapiVersion xapiVersion,
		UUID createdBy, Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}

}
