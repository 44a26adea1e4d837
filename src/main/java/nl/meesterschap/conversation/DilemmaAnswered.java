package nl.meesterschap.conversation;

import java.time.Instant;
import java.util.UUID;

/** A colleague gave their choice and reasoning in a "wat zou jij doen?" round. */
public record DilemmaAnswered(UUID dilemmaId, String subjectKind, UUID subjectId, UUID personId, Instant at) {
}
