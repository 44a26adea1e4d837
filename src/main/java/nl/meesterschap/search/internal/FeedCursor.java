package nl.meesterschap.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How far a node has applied the feed. Sequence numbers are handed out when a row is written but become visible
 * at commit, so a later number can show up before an earlier one, and a rolled-back transaction leaves a hole for
 * good. The cursor therefore applies every row it sees once, but only moves its {@link #watermark} (what goes into
 * the index commit data) past a hole after the hole has stayed open for {@code patience}. After a restart, rows
 * above the watermark are simply applied again: applying is idempotent.
 */
final class FeedCursor {

	private final Duration patience;

	private long watermark;

	private final TreeSet<Long> appliedAbove = new TreeSet<>();

	private final Map<Long, Instant> holesSince = new HashMap<>();

	FeedCursor(long watermark, Duration patience) {
		this.watermark = watermark;
		this.patience = patience;
	}

	long watermark() {
		return watermark;
	}

	/** Where to read new entries from: after the newest one applied. */
	long readFrom() {
		return appliedAbove.isEmpty() ? watermark : appliedAbove.last();
	}

	/** Sequences below {@link #readFrom()} that have not shown up yet (at most {@code max}). */
	List<Long> holes(int max) {
		List<Long> holes = new java.util.ArrayList<>();
		for (long s = watermark + 1; s < readFrom() && holes.size() < max; s++) {
			if (!appliedAbove.contains(s)) {
				holes.add(s);
			}
		}
		return holes;
	}

	/** Whether this entry still has to be applied. */
	boolean isNew(long sequence) {
		return sequence > watermark && !appliedAbove.contains(sequence);
	}

	/** Records applied entries and moves the watermark as far as the holes allow; true when it moved. */
	boolean applied(List<Long> sequences, Instant now) {
		sequences.stream().filter(s -> s > watermark).forEach(appliedAbove::add);
		long before = watermark;
		while (!appliedAbove.isEmpty()) {
			long next = watermark + 1;
			if (appliedAbove.first() == next) {
				appliedAbove.pollFirst();
				watermark = next;
				holesSince.remove(next);
				continue;
			}
			Instant since = holesSince.computeIfAbsent(next, hole -> now);
			if (Duration.between(since, now).compareTo(patience) < 0) {
				break;
			}
			holesSince.remove(next);
			watermark = next;
		}
		holesSince.keySet().removeIf(hole -> hole <= watermark);
		return watermark != before;
	}

	/** Starts again from a new watermark (after a rebuild). */
	void reset(long newWatermark) {
		watermark = newWatermark;
		appliedAbove.clear();
		holesSince.clear();
	}

}
