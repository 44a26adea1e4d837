package nl.meesterschap.conversation.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.ResponseView.State;

/** A stored response or reply. */
public record ResponseRow(UUID id, String subjectKind, UUID subjectId, @Nullable UUID parentId, UUID authorId,
		UUID organisationId, @Nullable ResponseKind kind, String body, State status, boolean helpful,
		@Nullable String hiddenReason, Instant createdAt, @Nullable Instant editedAt, int revision) {
}
