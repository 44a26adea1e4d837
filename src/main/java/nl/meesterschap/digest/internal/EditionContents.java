package nl.meesterschap.digest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.circles.UpcomingSessions;
import nl.meesterschap.conversation.Conversations;
import nl.meesterschap.conversation.SubjectActivity;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.NetworkSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.practice.StoryDocument;
import nl.meesterschap.signals.SignalDocument;
import nl.meesterschap.signals.SignalSummary;
import nl.meesterschap.signals.Signals;

/**
 * Gathers what an edition may show, once per edition (never per reader), through the other modules' APIs, and
 * keeps what fits the digest's theme; {@link DigestComposer} then filters per reader.
 * <ul>
 * <li>stories: the period's most active ones ({@code Conversations.mostActive}, a generous number), read in one go
 * ({@code Stories.documents}, published and not hidden only). General: written in the organisation or shared with a
 * network it takes part in; a domain: the same, with that domain; a network: shared with the network or written by
 * its members; a circle: shared with the circle.</li>
 * <li>open signals raised to the organisation in the period, and signals it answered in the period ("jullie
 * zeiden, wij deden"), listed as the organisation's
 * policy side sees them and then read as the search index does ({@code Signals.document}: audience, raiser only when
 * not anonymous); per domain, or shared with the network.</li>
 * <li>koers versions of the organisation (a network: of its owner) published in the period.</li>
 * <li>the pinned items, read whatever their activity.</li>
 * </ul>
 */
@Component
@Transactional(readOnly = true)
class EditionContents {

	private static final String STORY = "story";

	private static final int SIGNALS = 100;

	private final Conversations conversations;

	private final Stories stories;

	private final Signals signals;

	private final UpcomingSessions sessions;

	private final Koersen koersen;

	private final People people;

	private final DigestSettings settings;

	EditionContents(Conversations conversations, Stories stories, Signals signals, UpcomingSessions sessions,
			Koersen koersen, People people, DigestSettings settings) {
		this.conversations = conversations;
		this.stories = stories;
		this.signals = signals;
		this.sessions = sessions;
		this.koersen = koersen;
		this.people = people;
		this.settings = settings;
	}

	/** The edition as it would be frozen at {@code now}. */
	Snapshot snapshot(Digest digest, Edition edition, List<Pin> pins, Instant now) {
		Period period = edition.period();
		Instant sessionsFrom = now;
		Instant sessionsUntil = now.plus(edition.frequency().periodOf(now).length());
		Scope scope = scope(digest);
		List<StoryItem> storyItems = stories(digest, scope, period.start());
		List<SignalItem> decided = decidedSignals(digest, scope, period.start());
		List<SignalItem> raised = newSignals(digest, scope, period.start());
		List<KoersItem> koers = scope.koersOrganisation() == null ? List.of()
				: koersen.versions(scope.koersOrganisation()).stream()
					.filter(v -> !v.publishedAt().isBefore(period.start()) && v.publishedAt().isBefore(now))
					.map(v -> new KoersItem(v.organisationId(), v.organisationSlug(), v.organisationName(), v.title(),
							v.version(), v.publishedAt(), v.changeNote()))
					.toList();
		List<UUID> pinnedStoryIds = ids(pins, Pin.Kind.STORY);
		List<StoryItem> pinnedStories = stories.documents(pinnedStoryIds).stream()
			.map(d -> story(d, null))
			.toList();
		List<SignalItem> pinnedSignals = ids(pins, Pin.Kind.SIGNAL).stream()
			.flatMap(id -> signals.document(id).stream())
			.map(d -> signal(d, null, null))
			.toList();
		List<SessionItem> pinnedSessions = sessions.planned(ids(pins, Pin.Kind.SESSION)).stream()
			.map(SessionItem::of)
			.toList();
		return new Snapshot(edition.id(), digest.id(), digest.title(), digest.theme(), digest.organisationId(),
				digest.domain(), digest.scopeId(), edition.frequency(), period.start(), period.end(), now, sessionsFrom,
				sessionsUntil, edition.intro(), pins, storyItems, raised, decided, koers, pinnedStories,
				pinnedSignals, pinnedSessions);
	}

	/**
	 * A frozen edition for reading later (the archive): stories and signals as they are now, so one that was since
	 * withdrawn, hidden by a moderator or shared more narrowly drops out or follows its new audience.
	 */
	Snapshot refreshed(Snapshot frozen) {
		Map<UUID, StoryItem> current = stories.documents(frozen.stories().stream().map(StoryItem::id)
			.collect(Collectors.toCollection(ArrayList::new)))
			.stream()
			.collect(Collectors.toMap(StoryDocument::id, d -> story(d, null)));
		Map<UUID, StoryItem> currentPinned = stories.documents(frozen.pinnedStories().stream().map(StoryItem::id).toList())
			.stream()
			.collect(Collectors.toMap(StoryDocument::id, d -> story(d, null)));
		List<StoryItem> storyItems = frozen.stories().stream()
			.filter(s -> current.containsKey(s.id()))
			.map(s -> withAudience(s, current.get(s.id())))
			.toList();
		List<StoryItem> pinnedStories = frozen.pinnedStories().stream()
			.filter(s -> currentPinned.containsKey(s.id()))
			.map(s -> withAudience(s, currentPinned.get(s.id())))
			.toList();
		Function<List<SignalItem>, List<SignalItem>> stillThere = list -> list.stream()
			.flatMap(s -> signals.document(s.id()).map(d -> new SignalItem(s.id(), d.title(), s.kind(), s.status(),
					d.organisationId(), d.raiserId(), d.raiserName(), d.audienceKey(), d.domains(), s.endorsements(),
					s.raisedAt(), s.decidedAt(), s.url())).stream())
			.toList();
		return new Snapshot(frozen.editionId(), frozen.digestId(), frozen.digestName(), frozen.theme(),
				frozen.organisationId(), frozen.domain(), frozen.scopeId(), frozen.frequency(), frozen.periodStart(),
				frozen.periodEnd(), frozen.frozenAt(), frozen.sessionsFrom(), frozen.sessionsUntil(), frozen.intro(),
				frozen.pins(), storyItems, stillThere.apply(frozen.newSignals()), stillThere.apply(frozen.decidedSignals()),
				frozen.koers(), pinnedStories, stillThere.apply(frozen.pinnedSignals()), frozen.pinnedSessions());
	}

	/** The planned sessions of these readers' circles in the edition's window. */
	List<SessionItem> sessionsFor(Snapshot edition, Iterable<Viewer> readers) {
		if (!edition.showsSessions()) {
			return List.of();
		}
		Set<UUID> circles = new HashSet<>();
		readers.forEach(r -> circles.addAll(r.circleIds()));
		if (edition.theme() == Theme.CIRCLE) {
			circles.retainAll(Set.of(edition.scopeId()));
		}
		if (circles.isEmpty()) {
			return List.of();
		}
		return sessions.inCircles(circles, edition.sessionsFrom(), edition.sessionsUntil()).stream()
			.map(SessionItem::of)
			.toList();
	}

	private List<StoryItem> stories(Digest digest, Scope scope, Instant since) {
		List<SubjectActivity> activity = conversations.mostActive(STORY, since, settings.candidateStories());
		Map<UUID, SubjectActivity> byId = new LinkedHashMap<>();
		activity.forEach(a -> byId.put(a.subjectId(), a));
		Map<UUID, StoryDocument> documents = stories.documents(new ArrayList<>(byId.keySet())).stream()
			.collect(Collectors.toMap(StoryDocument::id, Function.identity()));
		List<StoryItem> items = new ArrayList<>();
		for (SubjectActivity a : activity) {
			StoryDocument d = documents.get(a.subjectId());
			if (d != null && scope.includes(digest, d)) {
				items.add(story(d, a));
			}
		}
		return items;
	}

	private List<SignalItem> decidedSignals(Digest digest, Scope scope, Instant since) {
		if (scope.signalOrganisation() == null) {
			return List.of();
		}
		UUID organisation = scope.signalOrganisation();
		List<SignalItem> items = new ArrayList<>();
		for (SignalSummary summary : signals.decidedSince(since, policySide(organisation), SIGNALS)) {
			if (!summary.organisationId().equals(organisation)) {
				continue;
			}
			signals.document(summary.id())
				.filter(d -> scope.includes(digest, d))
				.ifPresent(d -> items.add(signal(d, summary.endorsements(), summary.decidedAt())));
		}
		return items;
	}

	/** Open signals to the organisation raised in the period, newest first, that fit the theme. */
	private List<SignalItem> newSignals(Digest digest, Scope scope, Instant since) {
		if (scope.signalOrganisation() == null) {
			return List.of();
		}
		UUID organisation = scope.signalOrganisation();
		List<SignalItem> items = new ArrayList<>();
		for (SignalSummary summary : signals.raisedSince(since, policySide(organisation), SIGNALS)) {
			if (!summary.organisationId().equals(organisation)) {
				continue;
			}
			signals.document(summary.id())
				.filter(d -> scope.includes(digest, d))
				.ifPresent(d -> items.add(signal(d, summary.endorsements(), null)));
		}
		return items;
	}

	/**
	 * The organisation's policy side as the signals module sees it (a policy advisor of it, nobody in particular),
	 * to list every signal the organisation answered; each reader then sees only those they may see.
	 */
	private static Viewer policySide(UUID organisationId) {
		return new Viewer(new UUID(0, 0), organisationId, Set.of(), Set.of(), Set.of(),
				Map.of(organisationId, Set.of(Role.POLICY_ADVISOR)));
	}

	private Scope scope(Digest digest) {
		return switch (digest.theme()) {
			case GENERAL, DOMAIN -> new Scope(digest.organisationId(), digest.organisationId(),
					people.networksOfOrganisation(digest.organisationId()).stream()
						.map(n -> Audience.network(n.id()).key(n.id()))
						.collect(Collectors.toSet()),
					Set.of());
			case NETWORK -> {
				Optional<NetworkSummary> network = people.network(digest.scopeId());
				Set<UUID> members = network.map(n -> people.audienceMembers(n.ownerOrganisationId(), Audience.network(n.id()))
					.stream()
					.map(PersonSummary::id)
					.collect(Collectors.toSet())).orElse(Set.of());
				yield new Scope(digest.organisationId(), digest.organisationId(),
						Set.of(Audience.network(digest.scopeId()).key(digest.scopeId())), members);
			}
			case CIRCLE -> new Scope(null, null, Set.of(Audience.circle(digest.scopeId()).key(digest.scopeId())),
					Set.of());
		};
	}

	private static StoryItem story(StoryDocument d, @Nullable SubjectActivity a) {
		return new StoryItem(d.id(), d.title(), d.authorId(), d.authorName(), d.organisationId(), d.audienceKey(),
				d.domains(), a == null ? 0 : a.responses(), a == null ? 0 : a.recognised(),
				a == null ? 0 : a.instructive(), d.publishedAt());
	}

	private static StoryItem withAudience(StoryItem frozen, StoryItem now) {
		return new StoryItem(frozen.id(), now.title(), now.authorId(), now.authorName(), now.organisationId(),
				now.audienceKey(), now.domains(), frozen.responses(), frozen.recognised(), frozen.instructive(),
				frozen.publishedAt());
	}

	private static SignalItem signal(SignalDocument d, @Nullable Integer endorsements, @Nullable Instant decidedAt) {
		return new SignalItem(d.id(), d.title(), d.kind().name(), d.status().name(), d.organisationId(), d.raiserId(),
				d.raiserName(), d.audienceKey(), d.domains(), endorsements == null ? 0 : endorsements, d.raisedAt(),
				decidedAt, "/signalen/" + d.id());
	}

	private static List<UUID> ids(List<Pin> pins, Pin.Kind kind) {
		return pins.stream().filter(p -> p.kind() == kind).map(Pin::id).toList();
	}

	/**
	 * What a digest's theme takes in: whose koers, which organisation's answered signals, the audience keys of
	 * shared items besides the organisation's own, and (a network) the members whose stories count.
	 */
	private record Scope(@Nullable UUID koersOrganisation, @Nullable UUID signalOrganisation, Set<String> sharedKeys,
			Set<UUID> members) {

		boolean includes(Digest digest, StoryDocument story) {
			boolean inScope = switch (digest.theme()) {
				case GENERAL, DOMAIN -> story.organisationId().equals(digest.organisationId())
						|| sharedKeys.contains(story.audienceKey());
				case NETWORK -> sharedKeys.contains(story.audienceKey()) || members.contains(story.authorId());
				case CIRCLE -> sharedKeys.contains(story.audienceKey());
			};
			return inScope && (digest.domain() == null || story.domains().contains(digest.domain()));
		}

		boolean includes(Digest digest, SignalDocument signal) {
			boolean inScope = switch (digest.theme()) {
				case GENERAL, DOMAIN -> true;
				case NETWORK -> sharedKeys.contains(signal.audienceKey());
				case CIRCLE -> false;
			};
			return inScope && (digest.domain() == null || signal.domains().contains(digest.domain()));
		}

	}

}
