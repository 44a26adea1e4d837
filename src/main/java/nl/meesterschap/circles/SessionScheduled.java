package nl.meesterschap.circles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session was planned; {@code attendeeIds} are the circle's members, who should get the invitation
 * ({@code GET /api/v1/sessions/{id}.ics}, iCalendar SEQUENCE {@code sequence}).
 */
public record SessionScheduled(UUID sessionId, UUID circleId, String circleName, Instant startsAt, Instant endsAt,
		UUID plannedBy, List<UUID> attendeeIds, int sequence) {
}
