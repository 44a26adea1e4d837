package nl.meesterschap.circles;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A circle agreed an action in a session; {@code ownerId} does it, by {@code dueDate} when one was set. */
public record ActionAssigned(UUID actionId, UUID sessionId, UUID circleId, UUID ownerId, String description,
		@Nullable LocalDate dueDate, UUID assignedBy) {
}
