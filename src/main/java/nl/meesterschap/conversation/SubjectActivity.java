package nl.meesterschap.conversation;

import java.util.UUID;

/**
 * How colleagues responded to one subject within a period: visible responses (replies included) and the
 * reactions "herkenbaar" and "leerzaam" on the subject itself. Says nothing about who may see the subject.
 */
public record SubjectActivity(UUID subjectId, int responses, int recognised, int instructive) {

	/** One number to rank by: every response and every reaction counts once. */
	public int total() {
		return responses + recognised + instructive;
	}

}
