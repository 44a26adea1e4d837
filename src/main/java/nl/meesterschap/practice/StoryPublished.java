package nl.meesterschap.practice;

import java.time.Instant;
import java.util.UUID;

/**
 * A story was shared: published for the first time ({@code firstPublication}) or published again after an edit
 * or an audience change. Published in the same transaction as the change.
 */
public record StoryPublished(UUID storyId, UUID authorId, UUID organisationId, String audienceKey, int revision,
		boolean firstPublication, Instant publishedAt) {
}
