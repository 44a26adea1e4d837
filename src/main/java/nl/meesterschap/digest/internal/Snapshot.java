package nl.meesterschap.digest.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.policy.Domain;

/**
 * An edition frozen for sending: everything it may show, already chosen for the digest's theme but not yet filtered
 * per reader. Every reader's copy, the archive page and the editor's preview are made from it by
 * {@link DigestComposer}. Sessions are not in it: they belong to each reader's circles and are looked up per batch
 * of readers, between {@code sessionsFrom} and {@code sessionsUntil}. Pinned items are kept apart, in pin order.
 */
public record Snapshot(UUID editionId, UUID digestId, String digestName, Theme theme, @Nullable UUID organisationId,
		@Nullable Domain domain, @Nullable UUID scopeId, Frequency frequency, Instant periodStart, Instant periodEnd,
		Instant frozenAt, Instant sessionsFrom, Instant sessionsUntil, @Nullable String intro, List<Pin> pins,
		List<StoryItem> stories, List<SignalItem> newSignals, List<SignalItem> decidedSignals, List<KoersItem> koers,
		List<StoryItem> pinnedStories, List<SignalItem> pinnedSignals, List<SessionItem> pinnedSessions) {

	public Snapshot {
		pins = List.copyOf(pins);
		stories = List.copyOf(stories);
		newSignals = List.copyOf(newSignals);
		decidedSignals = List.copyOf(decidedSignals);
		koers = List.copyOf(koers);
		pinnedStories = List.copyOf(pinnedStories);
		pinnedSignals = List.copyOf(pinnedSignals);
		pinnedSessions = List.copyOf(pinnedSessions);
	}

	public Period period() {
		return new Period(periodStart, periodEnd);
	}

	/** Whether readers need their circles' sessions looked up for this digest's theme. */
	public boolean showsSessions() {
		return theme != Theme.DOMAIN;
	}

}
