package nl.meesterschap.signals;

import java.time.Instant;
import java.util.UUID;

/** A colleague recognised a signal ("ik herken dit"); {@code endorsements} is the count after this one. */
public record SignalEndorsed(UUID signalId, UUID organisationId, UUID raiserId, UUID endorserId, int endorsements,
		Instant at) {
}
