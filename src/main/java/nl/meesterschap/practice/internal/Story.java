package nl.meesterschap.practice.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.AccessPolicy;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.practice.StoryStatus;
import nl.meesterschap.practice.StorySummary;

/** A practice story with its content and state. */
public record Story(UUID id, UUID authorId, UUID organisationId, String model, StoryContent content, StoryStatus status,
		int revision, Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt) implements AccessPolicy.Shared {

	@Override
	public UUID ownerId() {
		return authorId;
	}

	@Override
	public Audience audience() {
		return content.audience();
	}

	public String title() {
		return content.title();
	}

	public boolean published() {
		return status == StoryStatus.PUBLISHED;
	}

	public StorySummary summary() {
		return new StorySummary(id, content.title(), authorId, model, content.domains(), status, content.audience(),
				updatedAt, publishedAt);
	}

}
