package nl.meesterschap.circles.internal;

import java.time.Instant;
import java.util.UUID;

/** Something the circle learned in a session. */
public record Insight(UUID id, UUID sessionId, String body, UUID createdBy, Instant createdAt) {
}
