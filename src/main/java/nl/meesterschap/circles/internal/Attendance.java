package nl.meesterschap.circles.internal;

import java.time.Instant;
import java.util.UUID;

import nl.meesterschap.circles.SessionAttended;
import nl.meesterschap.circles.SessionRole;

/** Whether a member was at a session, for how many net minutes and in which role, as the facilitator confirmed. */
public record Attendance(UUID personId, boolean attended, int netMinutes, SessionRole role, UUID recordedBy,
		Instant recordedAt) {

	/** Registers count a reflection meeting of at least an hour (domain §4). */
	public boolean countsForRegistration() {
		return attended && netMinutes >= SessionAttended.MINIMUM_MINUTES_FOR_REGISTRATION;
	}

}
