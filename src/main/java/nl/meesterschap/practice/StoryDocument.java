package nl.meesterschap.practice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.meesterschap.policy.Domain;

/**
 * Everything about a published story that a search index needs, including who may see it
 * ({@code audienceKey}, see {@link nl.meesterschap.identity.Audience#key(UUID)}).
 */
public record StoryDocument(UUID id, String title, String model, List<Step> steps, List<String> tags,
		List<Domain> domains, List<PrincipleRef> principles, UUID authorId, String authorName, UUID organisationId,
		String audienceKey, Instant publishedAt) {

	/** One written step: its title in Dutch and the text. */
	public record Step(String key, String title, String text) {
	}

	/** A principle the story touched. */
	public record PrincipleRef(UUID koersOrganisationId, String code, String title) {
	}

}
