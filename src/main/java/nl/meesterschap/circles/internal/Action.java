package nl.meesterschap.circles.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An action agreed in a session. It comes back at the start of the circle's next session for follow-up; one that
 * is carried over stays open and comes back again.
 */
public record Action(UUID id, UUID circleId, UUID sessionId, String description, UUID ownerId,
		@Nullable LocalDate dueDate, Status status, UUID createdBy, Instant createdAt) {

	public enum Status {

		OPEN, DONE, NOT_DONE, CARRIED_OVER;

		public boolean open() {
			return this == OPEN || this == CARRIED_OVER;
		}

	}

	public boolean open() {
		return status.open();
	}

}
