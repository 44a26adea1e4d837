package nl.meesterschap.conversation;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.PersonSummary;

/** Everything a page shows about the conversation on one subject, for one reader. */
public record ThreadView(Subject subject, List<ResponseView> responses, ReactionCounts reactions,
		@Nullable DilemmaView dilemma, boolean canRespond, boolean owner, boolean moderator,
		List<PersonSummary> mentionable, int visibleCount) {

	/** A fresh id for a response being written (its "not personal data" decisions stay with it). */
	public UUID draftId() {
		return UUID.randomUUID();
	}

	/** The kinds a writer chooses from. */
	public ResponseKind[] kinds() {
		return ResponseKind.values();
	}

}
