package nl.meesterschap.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A response as one reader sees it. {@code html} is rendered from the writer's Markdown and sanitised; the
 * text of a hidden, pending or deleted response is empty for readers who may not see it.
 */
public record ResponseView(UUID id, UUID authorId, String authorName, String authorOrganisation,
		@Nullable ResponseKind kind, String html, String body, Instant createdAt, @Nullable Instant editedAt,
		boolean helpful, State state, @Nullable String hiddenReason, ReactionCounts reactions, boolean mine,
		int revisions, List<ResponseView> replies) {

	/** Whether and how the response shows. */
	public enum State {
		VISIBLE, PENDING, HIDDEN, DELETED
	}

	public boolean visible() {
		return state == State.VISIBLE;
	}

}
