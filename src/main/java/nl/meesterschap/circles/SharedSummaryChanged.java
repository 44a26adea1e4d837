package nl.meesterschap.circles;

import java.util.UUID;

/**
 * A session's summary was shared outside its circle, changed while shared, or taken back into the circle. Read the
 * current state from {@link SharedSummaries#document(UUID)}: empty means it is no longer shared.
 */
public record SharedSummaryChanged(UUID sessionId) {
}
