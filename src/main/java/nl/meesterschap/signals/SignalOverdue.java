package nl.meesterschap.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A signal got no first response within the set number of working days: remind the policy side of
 * {@code organisationId}. Published once per signal.
 */
public record SignalOverdue(UUID signalId, UUID organisationId, String title, Instant raisedAt,
		LocalDate firstResponseDue) {
}
