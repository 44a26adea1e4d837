package nl.meesterschap.circles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A planned session changed (time, place, link, method, facilitator) or was cancelled; the invitation's
 * SEQUENCE went up to {@code sequence}, so calendars replace the earlier one.
 */
public record SessionChanged(UUID sessionId, UUID circleId, String circleName, Instant startsAt, Instant endsAt,
		UUID changedBy, List<UUID> attendeeIds, int sequence, boolean cancelled) {
}
