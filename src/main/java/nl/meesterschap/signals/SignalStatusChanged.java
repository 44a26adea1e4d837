package nl.meesterschap.signals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The policy side moved a signal on, with a public response: for the raiser and everyone who recognised it
 * ({@code endorserIds}). For ADOPTED, the koers version and principle that changed.
 */
public record SignalStatusChanged(UUID signalId, UUID organisationId, UUID raiserId, List<UUID> endorserIds,
		SignalStatus previousStatus, SignalStatus status, String response, UUID changedBy,
		@Nullable Integer koersVersion, @Nullable String principleCode, Instant at) {

	public SignalStatusChanged {
		endorserIds = List.copyOf(endorserIds);
	}

}
