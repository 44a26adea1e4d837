package nl.meesterschap.signals;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A signal was raised. {@code organisationId} is the organisation that must answer (whose koers the raiser works
 * by). When {@code anonymous}, listeners may tell the policy side who raised it, never other professionals.
 */
public record SignalRaised(UUID signalId, UUID organisationId, UUID raiserId, boolean anonymous,
		@Nullable UUID circleId, SignalKind kind, String title, String audienceKey, Instant raisedAt) {
}
