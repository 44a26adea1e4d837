package nl.meesterschap.signals.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.signals.SignalStatus;

/**
 * A status change with its public response. ADOPTED names the published koers version and the principle that
 * changed. {@code draftId} becomes the change's id (its "not personal data" decisions stay with it).
 */
public record StatusCommand(UUID draftId, @Nullable SignalStatus status, String response,
		@Nullable Integer koersVersion, @Nullable String principleCode) {
}
