package nl.meesterschap.search;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.internal.PrincipleLink;
import nl.meesterschap.practice.internal.StoryContent;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.search.internal.IndexNode;

/**
 * A small Dutch test corpus, published through the practice module like any story, and a way to wait until the
 * index has applied the feed (never a blind sleep).
 */
public final class SearchTestCorpus {

	private final StoryService stories;

	private final People people;

	private final Koersen koersen;

	private final IndexNode node;

	public SearchTestCorpus(StoryService stories, People people, Koersen koersen, IndexNode node) {
		this.stories = stories;
		this.people = people;
		this.koersen = koersen;
		this.node = node;
	}

	public Viewer viewer(String username) {
		return people.viewer(people.personByUsername(username).orElseThrow().id());
	}

	/** Publishes a STARR story and returns its id (the index picks it up from the feed). */
	public UUID publish(String author, AudienceKind audience, Domain domain, String title, String situation, String action,
			String... tags) {
		return publish(author, audience, domain, title, situation, action, List.of(), tags);
	}

	public UUID publish(String author, AudienceKind audience, Domain domain, String title, String situation, String action,
			List<String> principleCodes, String... tags) {
		Viewer viewer = viewer(author);
		Map<String, String> steps = new LinkedHashMap<>();
		steps.put("situation", situation);
		steps.put("task", "Ik wilde het overzicht terugbrengen zonder het over te nemen.");
		steps.put("action", action);
		steps.put("result", "Er kwam rust en er staan afspraken voor de komende weken.");
		steps.put("reflection", "Ik leerde dat luisteren soms meer oplevert dan snel regelen.");
		UUID koers = koersen.applicableTo(viewer).map(k -> k.organisationId()).orElse(viewer.organisationId());
		StoryContent content = new StoryContent(title, List.of(domain), List.of(tags), steps,
				principleCodes.stream().map(code -> new PrincipleLink(koers, code, null)).toList(), false, null,
				audience(audience, viewer));
		return stories.create(viewer.personId(), "STARR", content, true).id();
	}

	public void withdraw(String author, UUID storyId) {
		stories.archive(viewer(author).personId(), storyId);
	}

	/** Waits until this node's index is ready, then applies everything in the feed now. */
	public void indexed() {
		await(node::ready);
		node.applyPending();
	}

	/** Polls until the condition holds, for at most a minute. */
	public void await(BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Gave up waiting for the search index");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static Audience audience(AudienceKind kind, Viewer author) {
		return switch (kind) {
			case PRIVATE -> Audience.privateToOwner();
			case TEAM -> Audience.team(author.teamIds().iterator().next());
			case ORGANISATION -> Audience.organisation(author.organisationId());
			case NETWORK -> Audience.network(author.networkIds().iterator().next());
			case PLATFORM -> Audience.platform();
			default -> throw new IllegalArgumentException("Not in this corpus: " + kind);
		};
	}

}
