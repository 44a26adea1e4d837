package nl.meesterschap.conversation.internal;

/** What to do when a second post could join the writer's previous one: ask, add to it, or post anew. */
public enum Join {
	ASK, ADD_TO_PREVIOUS, NEW
}
