package nl.meesterschap.digest.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.meesterschap.circles.UpcomingSessions;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.PrivacyGuard;
import nl.meesterschap.privacy.PrivacySubject;
import nl.meesterschap.signals.Signals;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.DateFormatting;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * What an editor (a team lead or communications adviser of the digest's organisation) does with an edition: open the
 * coming one, write a short intro (plain text, through the privacy guard), pin items they may see, preview it as a
 * reader of their own organisation, and send it now or schedule it. Someone who may read the digest but not edit it
 * is refused (403); someone who may not read it does not learn it exists (404).
 */
@Service
@Transactional
public class Editing {

	public static final int INTRO_MAX = 1000;

	static final String PRIVACY_KIND = "digest-edition";

	private final DigestCatalogue catalogue;

	private final EditionRepository editions;

	private final EditionContents contents;

	private final EditionSending sending;

	private final SnapshotJson json;

	private final People people;

	private final Stories stories;

	private final Signals signals;

	private final UpcomingSessions sessions;

	private final PrivacyGuard guard;

	private final TransactionTemplate separately;

	private final Clock clock;

	Editing(DigestCatalogue catalogue, EditionRepository editions, EditionContents contents, EditionSending sending,
			SnapshotJson json, People people, Stories stories, Signals signals, UpcomingSessions sessions,
			PrivacyGuard guard, PlatformTransactionManager transactions, Clock clock) {
		this.catalogue = catalogue;
		this.editions = editions;
		this.contents = contents;
		this.sending = sending;
		this.json = json;
		this.people = people;
		this.stories = stories;
		this.signals = signals;
		this.sessions = sessions;
		this.guard = guard;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** The digests this person edits (of their organisation), with their open and recent editions; empty if none. */
	@Transactional(readOnly = true)
	public List<DigestOverview> overview(UUID editorId) {
		Viewer editor = people.viewer(editorId);
		if (!Digest.mayEdit(editor, editor.organisationId())) {
			return List.of();
		}
		return catalogue.forOrganisation(editor.organisationId()).stream()
			.map(d -> new DigestOverview(d, editions.open(d.id()), editions.sent(d.id(), 3)))
			.toList();
	}

	/** Whether this person edits digests at all (the link in the navigation). */
	@Transactional(readOnly = true)
	public boolean isEditor(UUID personId) {
		Viewer viewer = people.viewer(personId);
		return Digest.mayEdit(viewer, viewer.organisationId());
	}

	/** The edition of the current period for this frequency (the next one if this one went out early), made if missing. */
	public Edition coming(UUID editorId, UUID digestId, Frequency frequency) {
		Digest digest = editable(editorId, digestId);
		Instant now = clock.instant();
		Period period = frequency.periodOf(now);
		Edition edition = draft(digest, frequency, period, editorId);
		if (edition.status() == Edition.Status.SENT) {
			edition = draft(digest, frequency, frequency.next(period), editorId);
		}
		return edition;
	}

	/** The edition, its digest and what the editor sees of it now. */
	@Transactional(readOnly = true)
	public EditorView view(UUID editorId, UUID editionId) {
		Edition edition = editions.find(editionId).orElseThrow(ItemNotFoundException::new);
		Digest digest = editable(editorId, edition.digestId());
		Viewer editor = people.viewer(editorId);
		Snapshot snapshot = snapshot(digest, edition);
		DigestContent asEditor = DigestComposer.compose(snapshot, editor,
				contents.sessionsFor(snapshot, List.of(editor)), List.of());
		Set<String> keys = editor.audienceKeys();
		List<StoryItem> pinnableStories = snapshot.stories().stream()
			.filter(s -> DigestComposer.maySee(editor, keys, s))
			.limit(15)
			.toList();
		List<SignalItem> pinnableSignals = snapshot.decidedSignals().stream()
			.filter(s -> DigestComposer.maySee(editor, keys, s))
			.limit(15)
			.toList();
		List<SessionItem> pinnableSessions = contents.sessionsFor(snapshot, List.of(editor)).stream()
			.filter(s -> editor.circleIds().contains(s.circleId()))
			.sorted(Comparator.comparing(SessionItem::startsAt))
			.limit(15)
			.toList();
		return new EditorView(digest, edition, asEditor, editions.pins(editionId), pinnableStories, pinnableSignals,
				pinnableSessions);
	}

	/** Saves the intro (blank: none) once the privacy guard finds nothing that still blocks it. */
	public void intro(UUID editorId, UUID editionId, @Nullable String text) {
		Edition edition = open(editorId, editionId);
		String intro = text == null || text.isBlank() ? null : text.strip();
		if (intro != null && intro.length() > INTRO_MAX) {
			throw new InvalidInputException("intro", "digest.edit.intro.too-long", INTRO_MAX);
		}
		if (intro != null) {
			List<FieldFinding> findings = findings(editionId, intro);
			if (!findings.isEmpty()) {
				throw new IntroRefusedException(findings);
			}
		}
		editions.update(editionId, intro, edition.status(), edition.scheduledFor(), editorId, clock.instant());
	}

	/** What in this intro would stop it (for the form). */
	@Transactional(readOnly = true)
	public List<FieldFinding> findings(UUID editionId, String intro) {
		return guard.blocking(new PrivacySubject(PRIVACY_KIND, editionId), Map.of("intro", intro));
	}

	/** "Geen persoonsgegeven" for one finding in the intro of this edition (never a BSN). */
	public void waive(UUID editorId, UUID editionId, FindingType type, String text) {
		open(editorId, editionId);
		guard.waive(editorId, people.viewer(editorId).organisationId(), new PrivacySubject(PRIVACY_KIND, editionId), type,
				text);
	}

	/** Pins an item the editor may see (else: not found). */
	public void pin(UUID editorId, UUID editionId, Pin pin) {
		open(editorId, editionId);
		Viewer editor = people.viewer(editorId);
		boolean visible = switch (pin.kind()) {
			case STORY -> stories.visible(pin.id(), editor).isPresent() && !stories.documents(List.of(pin.id())).isEmpty();
			case SIGNAL -> signals.visible(pin.id(), editor).isPresent();
			case SESSION -> sessions.planned(List.of(pin.id())).stream()
				.anyMatch(s -> editor.circleIds().contains(s.circleId()));
		};
		if (!visible) {
			throw new ItemNotFoundException();
		}
		editions.pin(editionId, pin, editorId, clock.instant());
	}

	public void unpin(UUID editorId, UUID editionId, Pin pin) {
		open(editorId, editionId);
		editions.unpin(editionId, pin);
	}

	/**
	 * The edition as this reader would get it, as far as the editor may see it too (an item only the reader may see is
	 * left out, so a preview never shows an editor more than they may read). The reader must be of the editor's own
	 * organisation (403 otherwise); "Voor jou" (the reader's own notifications) is never shown.
	 */
	@Transactional(readOnly = true)
	public Preview preview(UUID editorId, UUID editionId, UUID readerId) {
		Edition edition = editions.find(editionId).orElseThrow(ItemNotFoundException::new);
		Digest digest = editable(editorId, edition.digestId());
		Viewer editor = people.viewer(editorId);
		PersonSummary reader = people.person(readerId)
			.orElseThrow(() -> new InvalidInputException("reader", "digest.preview.unknown-reader"));
		if (!reader.organisationId().equals(editor.organisationId())) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "digest.preview.other-organisation");
		}
		Viewer readerViewer = people.viewer(readerId);
		Snapshot snapshot = snapshot(digest, edition);
		DigestContent asReader = DigestComposer.compose(snapshot, readerViewer,
				contents.sessionsFor(snapshot, List.of(readerViewer)), List.of());
		return new Preview(reader, digest.eligible(readerViewer), onlyWhatBothSee(asReader, editor));
	}

	/** {@link #preview(UUID, UUID, UUID)} by user name (the form). */
	@Transactional(readOnly = true)
	public Preview preview(UUID editorId, UUID editionId, String readerUsername) {
		UUID reader = people.personByUsername(readerUsername.strip())
			.map(PersonSummary::id)
			.orElseThrow(() -> new InvalidInputException("reader", "digest.preview.unknown-reader"));
		return preview(editorId, editionId, reader);
	}

	/** Schedules the edition for a moment in Dutch time, which must be in the future. */
	public void schedule(UUID editorId, UUID editionId, LocalDateTime at) {
		Edition edition = open(editorId, editionId);
		Instant when = at.atZone(DateFormatting.ZONE).toInstant();
		if (!when.isAfter(clock.instant())) {
			throw new InvalidInputException("scheduledFor", "digest.edit.schedule.past");
		}
		editions.update(editionId, edition.intro(), Edition.Status.SCHEDULED, when, editorId, clock.instant());
	}

	public void unschedule(UUID editorId, UUID editionId) {
		Edition edition = open(editorId, editionId);
		editions.update(editionId, edition.intro(), Edition.Status.DRAFT, null, editorId, clock.instant());
	}

	/** Freezes the edition and starts sending it (the job, or {@code EditionSending.send}, writes the mails). */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public void sendNow(UUID editorId, UUID editionId) {
		separately.executeWithoutResult(status -> open(editorId, editionId));
		if (!sending.start(editionId, editorId, clock.instant())) {
			throw new ApiProblemException(HttpStatus.CONFLICT, "digest.edit.not-open");
		}
	}

	/** The draft of a period, made if missing (two editors at once get the same). */
	Edition draft(Digest digest, Frequency frequency, Period period, @Nullable UUID by) {
		Optional<Edition> existing = editions.find(digest.id(), frequency, period.start());
		if (existing.isPresent()) {
			return existing.get();
		}
		Instant now = clock.instant();
		Edition made = new Edition(UUID.randomUUID(), digest.id(), frequency, period, Edition.Status.DRAFT, null, null,
				null, 0, 0, 0, 0, 0, null, null, null, now);
		try {
			separately.executeWithoutResult(status -> editions.insert(made, by));
			return made;
		}
		catch (DuplicateKeyException madeMeanwhile) {
			return editions.find(digest.id(), frequency, period.start()).orElseThrow();
		}
	}

	/** The live snapshot of an open edition, the frozen one of a sending or sent one. */
	private Snapshot snapshot(Digest digest, Edition edition) {
		if (edition.status().editable()) {
			return contents.snapshot(digest, edition, editions.pins(edition.id()), clock.instant());
		}
		return json.read(editions.findWithSnapshot(edition.id()).orElseThrow().snapshot());
	}

	private Edition open(UUID editorId, UUID editionId) {
		Edition edition = editions.find(editionId).orElseThrow(ItemNotFoundException::new);
		editable(editorId, edition.digestId());
		if (!edition.status().editable()) {
			throw new ApiProblemException(HttpStatus.CONFLICT, "digest.edit.not-open");
		}
		return edition;
	}

	private Digest editable(UUID editorId, UUID digestId) {
		Viewer viewer = people.viewer(editorId);
		Digest digest = catalogue.find(digestId).orElseThrow(ItemNotFoundException::new);
		if (digest.editableBy(viewer)) {
			return digest;
		}
		if (digest.eligible(viewer)) {
			throw new ApiProblemException(HttpStatus.FORBIDDEN, "digest.edit.forbidden");
		}
		throw new ItemNotFoundException();
	}

	private static DigestContent onlyWhatBothSee(DigestContent c, Viewer editor) {
		Set<String> keys = editor.audienceKeys();
		return new DigestContent(c.editionId(), c.digestId(), c.digestName(), c.frequency(), c.period(), c.intro(),
				c.pinned().stream()
					.filter(e -> e.story() != null ? DigestComposer.maySee(editor, keys, e.story())
							: e.signal() != null ? DigestComposer.maySee(editor, keys, e.signal())
									: editor.circleIds().contains(e.session().circleId()))
					.toList(),
				c.stories().stream().filter(s -> DigestComposer.maySee(editor, keys, s)).toList(),
				c.newSignals().stream().filter(s -> DigestComposer.maySee(editor, keys, s)).toList(),
				c.decidedSignals().stream().filter(s -> DigestComposer.maySee(editor, keys, s)).toList(),
				c.sessions().stream().filter(s -> editor.circleIds().contains(s.circleId())).toList(), c.koers(),
				List.of());
	}

	/** A digest an editor edits, with its open editions and the last sent ones. */
	public record DigestOverview(Digest digest, List<Edition> open, List<Edition> recent) {
	}

	/** The editor's page: the edition, the editor's own view of it, the pins and what may be pinned. */
	public record EditorView(Digest digest, Edition edition, DigestContent content, List<Pin> pins,
			List<StoryItem> stories, List<SignalItem> signals, List<SessionItem> sessions) {

		public boolean pinned(String kind, UUID id) {
			return pins.stream().anyMatch(p -> p.kind().name().equals(kind) && p.id().equals(id));
		}

	}

	/** A preview: for whom, whether they get this digest at all, and what they would see (as far as the editor may). */
	public record Preview(PersonSummary reader, boolean receives, DigestContent content) {
	}

}
