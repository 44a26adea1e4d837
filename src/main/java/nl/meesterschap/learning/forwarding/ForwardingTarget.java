package nl.meesterschap.learning.forwarding;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.learning.statements.XapiVersion;

/**
 * Where an organisation forwards its statements: an external LRS's endpoint, the user name to log in with (the
 * password is never handed out), the version header to send, whether forwarding is on, and the state of the queue.
 */
public record ForwardingTarget(UUID organisationId, String endpoint, String username, XapiVersion xapiVersion,
		boolean enabled, Instant updatedAt, int attempts, @Nullable Instant nextAttemptAt, @Nullable String lastError,
		@Nullable Instant lastForwardedAt, long pending, long rejected) {
}
