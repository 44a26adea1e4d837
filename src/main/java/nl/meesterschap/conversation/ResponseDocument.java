package nl.meesterschap.conversation;

import java.time.Instant;
import java.util.UUID;

/** What a search index stores of a visible response: its plain text and who may see it (the subject's audience). */
public record ResponseDocument(UUID id, String subjectKind, UUID subjectId, String subjectTitle, String url,
		UUID authorId, String authorName, UUID organisationId, String text, String audienceKey, Instant createdAt) {
}
