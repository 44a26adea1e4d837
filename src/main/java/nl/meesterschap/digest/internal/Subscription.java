package nl.meesterschap.digest.internal;

import java.time.Instant;
import java.util.UUID;

/** A person's choice for a digest: subscribed or not, and how often. */
public record Subscription(UUID id, UUID digestId, UUID personId, Frequency frequency, boolean active,
		Instant changedAt) {
}
