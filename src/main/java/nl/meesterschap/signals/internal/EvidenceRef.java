package nl.meesterschap.signals.internal;

import java.util.UUID;

/** A piece of evidence someone offers: the kind and the id of the item in its own module. */
public record EvidenceRef(EvidenceKind kind, UUID id) {

	public static EvidenceRef story(UUID id) {
		return new EvidenceRef(EvidenceKind.STORY, id);
	}

	public static EvidenceRef session(UUID sessionId) {
		return new EvidenceRef(EvidenceKind.SESSION, sessionId);
	}

}
