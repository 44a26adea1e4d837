package nl.meesterschap.digest.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.meesterschap.policy.Domain;

/**
 * A story as an edition holds it: who may see it ({@code audienceKey}, and its author always) and how colleagues
 * responded in the period. No story text: the digest links to the story.
 */
public record StoryItem(UUID id, String title, UUID authorId, String authorName, UUID organisationId,
		String audienceKey, List<Domain> domains, int responses, int recognised, int instructive, Instant publishedAt) {

	public StoryItem {
		domains = List.copyOf(domains);
	}

	public String url() {
		return "/verhalen/" + id;
	}

	public String kind() {
		return "story";
	}

}
