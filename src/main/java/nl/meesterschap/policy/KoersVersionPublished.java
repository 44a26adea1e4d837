package nl.meesterschap.policy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A new koers version was published. The codes compare it with the previous published version: principles that
 * are new, reworded (title, domain, explanation, practice or examples differ) and no longer there.
 */
public record KoersVersionPublished(UUID organisationId, int version, Instant publishedAt, List<String> addedCodes,
		List<String> changedCodes, List<String> removedCodes) {

	public KoersVersionPublished {
		addedCodes = List.copyOf(addedCodes);
		changedCodes = List.copyOf(changedCodes);
		removedCodes = List.copyOf(removedCodes);
	}

}
