package nl.meesterschap.conversation.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on posting: at most {@code maxResponses} per person per {@code window} (counted in the database, so
 * on every node), and the time within which a second post in a thread is offered to join the first.
 */
@ConfigurationProperties("meesterschap.conversation")
record ConversationSettings(int maxResponses, Duration window, Duration joinWithin, int maxLength) {

	ConversationSettings {
		maxResponses = maxResponses <= 0 ? 10 : maxResponses;
		window = window == null ? Duration.ofMinutes(10) : window;
		joinWithin = joinWithin == null ? Duration.ofMinutes(10) : joinWithin;
		maxLength = maxLength <= 0 ? 20_000 : maxLength;
	}

}
