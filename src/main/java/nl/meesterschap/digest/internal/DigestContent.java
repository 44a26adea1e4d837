package nl.meesterschap.digest.internal;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.notifications.DigestNotification;

/**
 * One reader's copy of an edition: only what they may see, sections they have nothing in are empty (and left out by
 * the templates). {@link #isEmpty()} copies are not sent.
 */
public record DigestContent(UUID editionId, UUID digestId, String digestName, Frequency frequency, Period period,
		@Nullable String intro, List<Entry> pinned, List<StoryItem> stories, List<SignalItem> newSignals,
		List<SignalItem> decidedSignals, List<SessionItem> sessions, List<KoersItem> koers,
		List<DigestNotification> forYou) {

	public DigestContent {
		pinned = List.copyOf(pinned);
		stories = List.copyOf(stories);
		newSignals = List.copyOf(newSignals);
		decidedSignals = List.copyOf(decidedSignals);
		sessions = List.copyOf(sessions);
		koers = List.copyOf(koers);
		forYou = List.copyOf(forYou);
	}

	/** Nothing for this reader (an intro alone is no reason to send a mail). */
	public boolean isEmpty() {
		return pinned.isEmpty() && stories.isEmpty() && newSignals.isEmpty() && decidedSignals.isEmpty()
				&& sessions.isEmpty() && koers.isEmpty() && forYou.isEmpty();
	}

	/** "week 48 van 2026" or "november 2026". */
	public String periodLabel() {
		return frequency.label(period);
	}

	/**
	 * Identifies the parts every reader with the same visible items shares (all but "Voor jou"), so a renderer can
	 * render them once for all those readers.
	 */
	public String sharedKey() {
		return Stream.of(pinned.stream().map(e -> e.kind() + ":" + e.id()), stories.stream().map(s -> "s" + s.id()),
				newSignals.stream().map(s -> "n" + s.id()), decidedSignals.stream().map(s -> "d" + s.id()),
				sessions.stream().map(s -> "c" + s.id()), koers.stream().map(k -> "k" + k.organisationId() + k.version()))
			.flatMap(s -> s)
			.collect(Collectors.joining(","));
	}

	/** A pinned item: exactly one of story, signal and session is set. */
	public record Entry(Pin.Kind kind, @Nullable StoryItem story, @Nullable SignalItem signal,
			@Nullable SessionItem session) {

		public UUID id() {
			return story != null ? story.id() : signal != null ? signal.id() : session.id();
		}

		public String title() {
			if (story != null) {
				return story.title();
			}
			if (signal != null) {
				return signal.title();
			}
			return session.title() != null ? session.title() : session.circleName();
		}

		public String url() {
			return story != null ? story.url() : signal != null ? signal.url() : session.url();
		}

	}

}
