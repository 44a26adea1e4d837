package nl.meesterschap.conversation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A response (or reply) became visible: for notifications, search and learning records. */
public record ResponsePosted(UUID responseId, String subjectKind, UUID subjectId, UUID subjectOwnerId,
		@Nullable UUID parentId, @Nullable UUID parentAuthorId, UUID authorId, @Nullable ResponseKind kind,
		Instant at) {
}
