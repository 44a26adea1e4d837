package nl.meesterschap.signals.internal;

/** What a piece of evidence points at: a practice story, or the shared summary of a learning circle's session. */
public enum EvidenceKind {
	STORY, SESSION
}
