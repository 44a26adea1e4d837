package nl.meesterschap.conversation;

/** What a response does, chosen by its writer. Replies to a response have no kind. */
public enum ResponseKind {
	QUESTION, RECOGNITION, SUGGESTION, KNOWLEDGE, APPRECIATION
}
