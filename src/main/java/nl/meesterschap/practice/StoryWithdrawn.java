package nl.meesterschap.practice;

import java.time.Instant;
import java.util.UUID;

/** A published story is no longer shared: archived or deleted by its author. */
public record StoryWithdrawn(UUID storyId, UUID authorId, boolean deleted, Instant at) {
}
