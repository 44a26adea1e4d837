package nl.meesterschap.digest.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open period [start, end) of an edition. */
public record Period(Instant start, Instant end) {

	public Period {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A period ends after it starts");
		}
	}

	public boolean contains(Instant at) {
		return !at.isBefore(start) && at.isBefore(end);
	}

	public Duration length() {
		return Duration.between(start, end);
	}

}
