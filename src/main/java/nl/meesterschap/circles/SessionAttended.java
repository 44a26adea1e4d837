package nl.meesterschap.circles;

import java.time.Instant;
import java.util.UUID;

/**
 * A person took part in a session that was closed, as the facilitator confirmed: a reflection activity for their
 * learning record. Only a presence of at least 60 net minutes counts for registration hours (SKJ: a reflection
 * meeting lasts at least one hour).
 */
public record SessionAttended(UUID personId, UUID sessionId, UUID circleId, ReflectionKind kind, int netMinutes,
		SessionRole role, Instant heldAt, boolean countsForRegistration) {

	/** The shortest presence that counts for re-registration. */
	public static final int MINIMUM_MINUTES_FOR_REGISTRATION = 60;

}
