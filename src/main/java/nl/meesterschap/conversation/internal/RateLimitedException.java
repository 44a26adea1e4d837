package nl.meesterschap.conversation.internal;

import java.time.Duration;

/** Too many responses in a short time; the text is not lost, it can be posted again later. */
public class RateLimitedException extends RuntimeException {

	private final int limit;

	private final Duration window;

	public RateLimitedException(int limit, Duration window) {
		super("More than " + limit + " responses in " + window);
		this.limit = limit;
		this.window = window;
	}

	public int limit() {
		return limit;
	}

	public long minutes() {
		return window.toMinutes();
	}

}
