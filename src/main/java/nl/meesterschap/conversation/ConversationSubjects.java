package nl.meesterschap.conversation;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by a module whose items can be responded to (practice for "story"). Conversation never depends
 * on those modules; they describe their items here.
 */
public interface ConversationSubjects {

	/** The kind this source describes, e.g. {@code story}. */
	String kind();

	/** The item, whatever the reader; empty when it does not exist or is not shared (a draft). */
	Optional<Subject> subject(UUID id);

}
