package nl.meesterschap.practice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.AccessPolicy;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.policy.Domain;

/** A story as other modules and lists see it. */
public record StorySummary(UUID id, String title, UUID authorId, String model, List<Domain> domains, StoryStatus status,
		Audience audience, Instant updatedAt, @Nullable Instant publishedAt) implements AccessPolicy.Shared {

	@Override
	public UUID ownerId() {
		return authorId;
	}

}
