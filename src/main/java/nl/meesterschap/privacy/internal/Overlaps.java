package nl.meesterschap.privacy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.meesterschap.privacy.Finding;

/**
 * Settles overlapping findings of different detectors: the longer one wins (an address over the postcode inside it,
 * an IBAN over digits that also look like a phone number), then the more confident one, then the one that cannot be
 * waived.
 */
final class Overlaps {

	private static final Comparator<Finding> STRENGTH = Comparator.comparingInt(Finding::length)
		.thenComparingDouble(Finding::confidence)
		.thenComparing(finding -> !finding.type().waivable());

	private Overlaps() {
	}

	/** The findings sorted by start, with the weaker of each overlapping pair left out. */
	static List<Finding> resolve(List<Finding> findings) {
		List<Finding> sorted = new ArrayList<>(findings);
		sorted.sort(Comparator.comparingInt(Finding::start));
		List<Finding> kept = new ArrayList<>(sorted.size());
		for (Finding finding : sorted) {
			int last = kept.size() - 1;
			if (last < 0 || !kept.get(last).overlaps(finding)) {
				kept.add(finding);
			}
			else if (STRENGTH.compare(finding, kept.get(last)) > 0) {
				// It starts no earlier than the one it replaces, so it cannot overlap the ones before.
				kept.set(last, finding);
			}
		}
		return kept;
	}

}
