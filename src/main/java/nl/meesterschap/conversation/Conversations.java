package nl.meesterschap.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.Viewer;

/** The conversation module's face to other modules. */
public interface Conversations {

	/** The conversation on a subject for this reader; not found when the reader may not see the subject. */
	ThreadView thread(String kind, UUID subjectId, Viewer viewer);

	/** True when a moderator hid this story (or other subject). */
	boolean isHidden(String kind, UUID id);

	/** Why a moderator hid it, for its author. */
	Optional<String> hiddenReason(String kind, UUID id);

	/**
	 * With an open "wat zou jij doen?" round the reader has not answered yet: the step of the story from which
	 * the author's own course stays hidden until they answer.
	 */
	Optional<String> hiddenFromStep(String kind, UUID subjectId, Viewer viewer);

	/**
	 * Subjects of this kind with the most responses and reactions since {@code since}, most active first (ties:
	 * most recent activity first), at most {@code limit}. Hidden subjects are left out; the caller filters by
	 * audience (a digest takes a generous {@code limit} and keeps what each reader may see).
	 */
	List<SubjectActivity> mostActive(String kind, Instant since, int limit);

	/** A visible response for the search index; empty when hidden, pending or gone. */
	Optional<ResponseDocument> document(UUID responseId);

	/**
	 * Ids of the visible responses (and replies) on one subject, for an index that must follow the subject's
	 * audience when it changes.
	 */
	List<UUID> visibleResponseIds(String kind, UUID subjectId);

	/** Ids of visible responses after {@code after}, in id order, for a full rebuild of an index. */
	List<UUID> visibleResponseIds(@Nullable UUID after, int limit);

	/**
	 * Posts a response as written at {@code at} (for imports such as the demo data); the same checks as a
	 * person posting on the page, except the limit on posts per period.
	 */
	UUID respond(UUID authorId, String kind, UUID subjectId, @Nullable UUID parentId,
			@Nullable ResponseKind responseKind, String markdown, Instant at);

	void markHelpful(UUID ownerId, UUID responseId);

	void react(UUID personId, String targetKind, UUID targetId, ReactionKind kind);

	UUID openDilemma(UUID ownerId, String kind, UUID subjectId, String question, List<String> options, int ownerChoice,
			@Nullable String ownerReasoning, @Nullable String hideFromStep);

	void answerDilemma(UUID personId, String kind, UUID subjectId, int choice, String reasoning);

}
