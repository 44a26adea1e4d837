package nl.meesterschap.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.circles.SharedSummaries;
import nl.meesterschap.circles.SharedSummaries.SharedSummary;
import nl.meesterschap.conversation.Conversations;
import nl.meesterschap.conversation.ResponseDocument;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.practice.StoryDocument;
import nl.meesterschap.search.ItemType;
import nl.meesterschap.signals.SignalDocument;
import nl.meesterschap.signals.Signals;

/**
 * Reads what the index holds from the modules that own it, through their public APIs only: published stories
 * from practice, the principles of each published koers from policy, the visible responses (and replies) from
 * conversation, the signals that are not hidden from signals, the summaries circles shared from circles. The
 * database stays the truth; the index is rebuilt from here.
 */
final class ItemSource {

	static final String PLATFORM = "PLATFORM";

	private final Stories stories;

	private final Koersen koersen;

	private final People people;

	private final Conversations conversations;

	private final Signals signals;

	private final SharedSummaries summaries;

	ItemSource(Stories stories, Koersen koersen, People people, Conversations conversations, Signals signals,
			SharedSummaries summaries) {
		this.stories = stories;
		this.koersen = koersen;
		this.people = people;
		this.conversations = conversations;
		this.signals = signals;
		this.summaries = summaries;
	}

	/** The story as it should be in the index; empty when it is no longer published. */
	Optional<IndexedItem> story(UUID storyId) {
		return stories.document(storyId).map(ItemSource::story);
	}

	/** Many stories at once, for a rebuild; those no longer published are left out. */
	List<IndexedItem> stories(List<UUID> storyIds) {
		return stories.documents(storyIds).stream().map(ItemSource::story).toList();
	}

	/** One page of published story ids after {@code after}, for a rebuild. */
	List<UUID> storyIds(@Nullable UUID after, int limit) {
		return stories.publishedIds(after, limit);
	}

	/** The response as it should be in the index; empty when it is hidden, pending, removed or its subject is gone. */
	Optional<IndexedItem> response(UUID responseId) {
		return conversations.document(responseId).map(ItemSource::response);
	}

	/**
	 * The visible responses on one subject as they should be in the index, for when the subject changes (published,
	 * withdrawn, hidden, another audience): its responses follow it.
	 */
	List<IndexedItem> responsesOf(String subjectKind, UUID subjectId) {
		return responses(conversations.visibleResponseIds(subjectKind, subjectId));
	}

	/** Many responses at once, for a rebuild; those no longer visible are left out. */
	List<IndexedItem> responses(List<UUID> responseIds) {
		return responseIds.stream().map(this::response).flatMap(Optional::stream).toList();
	}

	/** One page of visible response ids after {@code after}, for a rebuild. */
	List<UUID> responseIds(@Nullable UUID after, int limit) {
		return conversations.visibleResponseIds(after, limit);
	}

	/** The group of all responses on one subject, replaced together when the subject changes. */
	static String threadGroup(String subjectKind, UUID subjectId) {
		return "thread:" + subjectKind + ":" + subjectId;
	}

	/** The signal as it should be in the index; empty when it is gone or a moderator hid it. */
	Optional<IndexedItem> signal(UUID signalId) {
		return signals.document(signalId).map(doc -> signal(doc, principleNames(doc.organisationId())));
	}

	/** Many signals at once, for a rebuild; hidden ones are left out. */
	List<IndexedItem> signals(List<UUID> signalIds) {
		Map<UUID, Map<String, String>> names = new HashMap<>();
		return signalIds.stream()
			.map(signals::document)
			.flatMap(Optional::stream)
			.map(doc -> signal(doc, names.computeIfAbsent(doc.organisationId(), this::principleNames)))
			.toList();
	}

	/** One page of the ids of signals the index holds, after {@code after}, for a rebuild. */
	List<UUID> signalIds(@Nullable UUID after, int limit) {
		return signals.documentIds(after, limit);
	}

	/** The shared summary of a session as it should be in the index; empty when it is not (or no longer) shared. */
	Optional<IndexedItem> summary(UUID sessionId) {
		return summaries.document(sessionId).map(ItemSource::summary);
	}

	/** Many shared summaries at once, for a rebuild. */
	List<IndexedItem> summaries(List<UUID> sessionIds) {
		return sessionIds.stream().map(this::summary).flatMap(Optional::stream).toList();
	}

	/** One page of the session ids of shared summaries, after {@code after}, for a rebuild. */
	List<UUID> summaryIds(@Nullable UUID after, int limit) {
		return summaries.documentIds(after, limit);
	}

	/** "P2 Zo licht als mogelijk" by code, from the organisation's current koers (a signal names codes only). */
	private Map<String, String> principleNames(UUID organisationId) {
		return koersen.current(organisationId)
			.map(koers -> koers.principles().stream()
				.collect(Collectors.toMap(Principle::code, p -> p.code() + " " + p.title(), (a, b) -> a)))
			.orElse(Map.of());
	}

	/** The principles of the organisation's current koers (none when it has no published koers). */
	List<IndexedItem> principles(UUID organisationId) {
		return koersen.current(organisationId).map(ItemSource::principles).orElse(List.of());
	}

	/** Organisations that may have a koers, for a rebuild. */
	List<UUID> organisations() {
		return people.organisations().stream().map(OrganisationSummary::id).toList();
	}

	static String koersGroup(UUID organisationId) {
		return "koers:" + organisationId;
	}

	static IndexedItem story(StoryDocument doc) {
		StringBuilder body = new StringBuilder();
		doc.steps().forEach(step -> body.append(step.text().strip()).append("\n\n"));
		List<String> principleTexts = doc.principles().stream().map(p -> p.code() + " " + p.title()).toList();
		List<String> codes = doc.principles().stream().map(StoryDocument.PrincipleRef::code).toList();
		return new IndexedItem(ItemType.STORY, doc.id().toString(), IndexedItem.key(ItemType.STORY, doc.id().toString()),
				null, doc.title(), body.toString().strip(), doc.tags(), codes, principleTexts, doc.domains(),
				doc.authorId(), doc.audienceKey(), doc.organisationId(), doc.authorName().isBlank() ? null : doc.authorName(),
				doc.publishedAt(), "/verhalen/" + doc.id());
	}

	/**
	 * A response carries its subject's title (the result list names it "Reactie" with that title) and its
	 * subject's audience; it has no owner of its own in the index, so only that audience decides who finds it.
	 */
	static IndexedItem response(ResponseDocument doc) {
		String id = doc.id().toString();
		return new IndexedItem(ItemType.RESPONSE, id, IndexedItem.key(ItemType.RESPONSE, id),
				threadGroup(doc.subjectKind(), doc.subjectId()), doc.subjectTitle(), doc.text(), List.of(), List.of(),
				List.of(), List.of(), null, doc.audienceKey(), doc.organisationId(),
				doc.authorName().isBlank() ? null : doc.authorName(), doc.createdAt(), doc.url());
	}

	/**
	 * A signal is found by its title and description, its principles and domains, by whoever is in its audience
	 * (and by its raiser, unless it is anonymous: then the index holds neither the raiser's name nor id). The policy
	 * side of the answering organisation outside that audience finds it on the signals board, not in search.
	 */
	static IndexedItem signal(SignalDocument doc, Map<String, String> principleNames) {
		String id = doc.id().toString();
		List<String> principleTexts = doc.principleCodes().stream().map(code -> principleNames.getOrDefault(code, code)).toList();
		return new IndexedItem(ItemType.SIGNAL, id, IndexedItem.key(ItemType.SIGNAL, id), null, doc.title(),
				doc.description(), List.of(), doc.principleCodes(), principleTexts, doc.domains(), doc.raiserId(),
				doc.audienceKey(), doc.organisationId(), doc.raiserName(), doc.raisedAt(), "/signalen/" + id);
	}

	/**
	 * A summary a learning circle shared outside itself (it passed the privacy guard first): found by its text, by
	 * its audience (and by who shared it), titled with its circle and method, named after its circle.
	 */
	static IndexedItem summary(SharedSummary summary) {
		String id = summary.sessionId().toString();
		return new IndexedItem(ItemType.SUMMARY, id, IndexedItem.key(ItemType.SUMMARY, id), null,
				summary.circleName() + " · " + summary.methodName(), summary.text(), List.of(), List.of(), List.of(),
				List.of(), summary.publishedBy(), summary.audience().key(summary.publishedBy()), summary.organisationId(),
				summary.circleName(), summary.heldAt(), summary.url());
	}

	static List<IndexedItem> principles(KoersVersion koers) {
		List<IndexedItem> items = new ArrayList<>();
		for (Principle principle : koers.principles()) {
			String id = koers.organisationId() + "/" + principle.code();
			String body = Stream.concat(Stream.of(principle.explanation(), principle.inPractice()),
					principle.examples().stream())
				.filter(text -> text != null && !text.isBlank())
				.map(String::strip)
				.reduce((a, b) -> a + "\n\n" + b)
				.orElse("");
			items.add(new IndexedItem(ItemType.PRINCIPLE, id, IndexedItem.key(ItemType.PRINCIPLE, id),
					koersGroup(koers.organisationId()), principle.code() + " · " + principle.title(), body, List.of(), List.of(principle.code()),
					List.of(principle.code() + " " + principle.title()),
					principle.domain() == null ? List.of() : List.of(principle.domain()), null, PLATFORM,
					koers.organisationId(), null, koers.publishedAt(),
					"/koers/" + koers.organisationSlug() + "/principes/" + principle.code()));
		}
		return items;
	}

}
