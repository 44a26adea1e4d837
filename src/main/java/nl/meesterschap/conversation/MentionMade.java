package nl.meesterschap.conversation;

import java.time.Instant;
import java.util.UUID;

/** Someone was mentioned (@name) in a response they may see. */
public record MentionMade(UUID responseId, String subjectKind, UUID subjectId, UUID mentionedId, UUID authorId,
		Instant at) {
}
