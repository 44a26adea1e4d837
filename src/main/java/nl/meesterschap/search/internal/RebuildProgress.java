package nl.meesterschap.search.internal;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Where a full rebuild of a node's index stands; {@code total} is known once the items are counted. */
public record RebuildProgress(State state, long done, long total, @Nullable Instant startedAt,
		@Nullable Instant finishedAt, @Nullable String error) {

	static final RebuildProgress IDLE = new RebuildProgress(State.IDLE, 0, 0, null, null, null);

	public boolean running() {
		return state == State.WAITING || state == State.RUNNING;
	}

	/** 0 to 100. */
	public int percent() {
		if (state == State.DONE) {
			return 100;
		}
		return total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
	}

	/** Items per second so far. */
	public long rate() {
		long millis = millis();
		return millis <= 0 ? 0 : done * 1000 / millis;
	}

	/** Seconds since the start (until the end, once finished). */
	public long seconds() {
		return Math.round(millis() / 1000.0);
	}

	private long millis() {
		return startedAt == null ? 0 : Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt).toMillis();
	}

	RebuildProgress running(long newDone, long newTotal) {
		return new RebuildProgress(State.RUNNING, newDone, newTotal, startedAt, null, null);
	}

	/** Asked for; starts when the node's index thread gets to it. */
	public enum State {
		IDLE, WAITING, RUNNING, DONE, FAILED
	}

}
