package nl.meesterschap.conversation;

import java.util.UUID;

import nl.meesterschap.identity.AccessPolicy;
import nl.meesterschap.identity.Audience;

/**
 * Something people respond to (a story, a signal, ...), as its own module describes it. {@code open} is false
 * when it no longer takes responses (archived, closed).
 */
public record Subject(String kind, UUID id, UUID ownerId, UUID organisationId, Audience audience, boolean open,
		String title, String url) implements AccessPolicy.Shared {
}
