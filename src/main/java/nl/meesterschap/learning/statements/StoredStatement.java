package nl.meesterschap.learning.statements;

import java.time.Instant;
import java.util.UUID;

/** A statement as the LRS keeps it: its JSON in the "exact" format, when it was stored, whether it is voided. */
public record StoredStatement(long seq, UUID id, Instant stored, boolean voided, String json) {
}
