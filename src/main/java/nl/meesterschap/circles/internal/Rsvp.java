package nl.meesterschap.circles.internal;

import java.time.Instant;
import java.util.UUID;

/** A member's answer to a session invitation. */
public record Rsvp(UUID personId, Answer answer, Instant answeredAt) {

	public enum Answer {
		YES, NO, MAYBE
	}

}
