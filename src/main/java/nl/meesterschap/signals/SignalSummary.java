package nl.meesterschap.signals;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A signal as other modules show it to one reader. {@code raiserName} is empty for an anonymous signal unless the
 * reader may know who raised it (the raiser, the answering organisation's policy side, moderators).
 */
public record SignalSummary(UUID id, String title, SignalKind kind, SignalStatus status, UUID organisationId,
		@Nullable String raiserName, @Nullable String circleName, int endorsements, Instant raisedAt,
		@Nullable Instant decidedAt, String url) {
}
