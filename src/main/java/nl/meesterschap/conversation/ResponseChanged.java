package nl.meesterschap.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * The text of a visible response changed (edited, or a second post joined to it) or its author removed it: for
 * the search index and anything else that keeps a copy of the text. Hiding and restoring by a moderator are
 * {@link ItemModerated}.
 */
public record ResponseChanged(UUID responseId, String subjectKind, UUID subjectId, UUID authorId, boolean removed,
		Instant at) {
}
