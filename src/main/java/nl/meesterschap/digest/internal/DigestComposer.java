package nl.meesterschap.digest.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.notifications.DigestNotification;

/**
 * Makes one reader's copy of an edition: a pure function of the frozen edition, the reader (as the access policy
 * sees them), the sessions of their circles and their notifications "in de nieuwsbrief". A reader sees a story
 * when it is theirs or its audience key is one of theirs (identity's {@code AccessPolicy}); a signal also when they
 * raised it or answer for its organisation (the signals module's rule); a session when they are an active member of
 * its circle. Pinned items they may not see are left out without a trace; pinned items are not repeated further on.
 */
public final class DigestComposer {

	static final int STORIES = 5;

	static final int SIGNALS = 5;

	static final int SESSIONS = 5;

	static final int KOERS = 3;

	static final int FOR_YOU = 20;

	private DigestComposer() {
	}

	/**
	 * @param sessions planned sessions of (at least) the reader's circles; others are ignored
	 * @param forYou the reader's notifications waiting for the digest (only the general digest has them)
	 */
	public static DigestContent compose(Snapshot edition, Viewer reader, Collection<SessionItem> sessions,
			List<DigestNotification> forYou) {
		Set<String> keys = reader.audienceKeys();
		List<DigestContent.Entry> pinned = new ArrayList<>();
		Set<UUID> pinnedIds = new HashSet<>();
		Map<UUID, StoryItem> pinnedStories = byId(edition.pinnedStories(), StoryItem::id);
		Map<UUID, SignalItem> pinnedSignals = byId(edition.pinnedSignals(), SignalItem::id);
		Map<UUID, SessionItem> pinnedSessions = byId(edition.pinnedSessions(), SessionItem::id);
		for (Pin pin : edition.pins()) {
			DigestContent.Entry entry = switch (pin.kind()) {
				case STORY -> {
					StoryItem story = pinnedStories.get(pin.id());
					yield story != null && maySee(reader, keys, story) ? new DigestContent.Entry(pin.kind(), story, null, null) : null;
				}
				case SIGNAL -> {
					SignalItem signal = pinnedSignals.get(pin.id());
					yield signal != null && maySee(reader, keys, signal) ? new DigestContent.Entry(pin.kind(), null, signal, null) : null;
				}
				case SESSION -> {
					SessionItem session = pinnedSessions.get(pin.id());
					yield session != null && reader.circleIds().contains(session.circleId())
							? new DigestContent.Entry(pin.kind(), null, null, session) : null;
				}
			};
			if (entry != null && pinnedIds.add(pin.id())) {
				pinned.add(entry);
			}
		}
		List<StoryItem> stories = edition.stories().stream()
			.filter(s -> !pinnedIds.contains(s.id()) && maySee(reader, keys, s))
			.limit(STORIES)
			.toList();
		List<SignalItem> decided = edition.decidedSignals().stream()
			.filter(s -> !pinnedIds.contains(s.id()) && maySee(reader, keys, s))
			.limit(SIGNALS)
			.toList();
		Set<UUID> decidedIds = decided.stream().map(SignalItem::id).collect(Collectors.toSet());
		List<SignalItem> raised = edition.newSignals().stream()
			.filter(s -> !pinnedIds.contains(s.id()) && !decidedIds.contains(s.id()) && maySee(reader, keys, s))
			.limit(SIGNALS)
			.toList();
		List<SessionItem> upcoming = !edition.showsSessions() ? List.of() : sessions.stream()
			.filter(s -> !pinnedIds.contains(s.id()) && reader.circleIds().contains(s.circleId()))
			.filter(s -> !s.startsAt().isBefore(edition.sessionsFrom()) && s.startsAt().isBefore(edition.sessionsUntil()))
			.filter(s -> inTheme(edition, s))
			.distinct()
			.sorted(Comparator.comparing(SessionItem::startsAt).thenComparing(SessionItem::id))
			.limit(SESSIONS)
			.toList();
		List<KoersItem> koers = edition.koers().stream().limit(KOERS).toList();
		return new DigestContent(edition.editionId(), edition.digestId(), edition.digestName(), edition.frequency(),
				edition.period(), edition.intro(), pinned, stories, raised, decided, upcoming, koers,
				forYou.stream().limit(FOR_YOU).toList());
	}

	/** The access policy for a story: its author, or a reader with its audience key. */
	static boolean maySee(Viewer reader, Set<String> keys, StoryItem story) {
		return reader.personId().equals(story.authorId()) || keys.contains(story.audienceKey());
	}

	/**
	 * The signals module's rule, without the moderators' path: the raiser, the audience, and the policy advisors and
	 * team leads of the answering organisation.
	 */
	static boolean maySee(Viewer reader, Set<String> keys, SignalItem signal) {
		return reader.personId().equals(signal.raiserId()) || keys.contains(signal.audienceKey())
				|| reader.hasRole(signal.answeringOrganisationId(), Role.POLICY_ADVISOR)
				|| reader.hasRole(signal.answeringOrganisationId(), Role.TEAM_LEAD);
	}

	private static boolean inTheme(Snapshot edition, SessionItem session) {
		return switch (edition.theme()) {
			case GENERAL -> true;
			case DOMAIN -> false;
			case NETWORK -> session.networkId() != null && session.networkId().equals(edition.scopeId());
			case CIRCLE -> session.circleId().equals(edition.scopeId());
		};
	}

	private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
	}

}
