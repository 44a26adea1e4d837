package nl.meesterschap.conversation;

/** How many people found something recognisable / instructive, and whether the reader did. */
public record ReactionCounts(int recognise, int instructive, boolean viewerRecognises, boolean viewerInstructive) {

	public static final ReactionCounts NONE = new ReactionCounts(0, 0, false, false);

}
