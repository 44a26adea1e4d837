package nl.meesterschap.conversation;

/** "Herkenbaar" and "leerzaam": one of each per person per story or response. */
public enum ReactionKind {
	RECOGNISE, INSTRUCTIVE
}
