package nl.meesterschap.conversation.internal;

import java.util.UUID;

/**
 * The writer posted in this thread a moment ago and nobody answered since: ask whether to add the new text to
 * the previous response instead of posting a second one.
 */
public class JoinOfferException extends RuntimeException {

	private final UUID previousId;

	public JoinOfferException(UUID previousId) {
		super("Offer to add to response " + previousId);
		this.previousId = previousId;
	}

	public UUID previousId() {
		return previousId;
	}

}
