package nl.meesterschap.learning.statements;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Knows up to when all statements of this node are visible, for X-Experience-API-Consistent-Through: a write takes
 * its stored time when it starts and is "in flight" until it commits or fails. The header is the moment just
 * before the oldest write in flight, or now when none is.
 */
@Component
public class ConsistencyWindow {

	private final ConcurrentSkipListMap<Instant, AtomicInteger> inFlight = new ConcurrentSkipListMap<>();

	private final Clock clock;

	ConsistencyWindow(Clock clock) {
		this.clock = clock;
	}

	/** Starts a write; its stored time is now (in milliseconds, the precision every database keeps). */
	Instant open() {
		Instant stored = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		inFlight.computeIfAbsent(stored, t -> new AtomicInteger()).incrementAndGet();
		return stored;
	}

	void close(Instant stored) {
		inFlight.computeIfPresent(stored, (t, count) -> count.decrementAndGet() == 0 ? null : count);
	}

	public Instant consistentThrough() {
		var oldest = inFlight.firstEntry();
		return oldest == null ? clock.instant() : oldest.getKey().minusMillis(1);
	}

}
