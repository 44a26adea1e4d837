package nl.meesterschap.conversation;

import java.time.Instant;
import java.util.UUID;

/** The owner of a subject said a response helped them ("heeft mij geholpen"). */
public record ResponseMarkedHelpful(UUID responseId, String subjectKind, UUID subjectId, UUID responderId,
		UUID markedBy, Instant at) {
}
