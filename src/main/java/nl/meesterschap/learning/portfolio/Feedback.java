package nl.meesterschap.learning.portfolio;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Feedback as evidence: a response the professional gave on someone else's subject, one they received on their
 * own, or one of theirs the owner marked as helpful. Only ids: the text stays in the conversation module.
 */
public record Feedback(UUID personId, Kind kind, UUID responseId, String subjectKind, UUID subjectId,
		@Nullable UUID otherId, Instant at) {

	public enum Kind {
		GIVEN, RECEIVED, HELPFUL
	}

	/** The page of the subject the response is on. */
	public String url() {
		return switch (subjectKind) {
			case "story" -> "/verhalen/" + subjectId + "#reactie-" + responseId;
			case "signal" -> "/signalen/" + subjectId + "#reactie-" + responseId;
			default -> "/";
		};
	}

}
