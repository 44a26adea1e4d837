package nl.meesterschap.digest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.meesterschap.digest.DigestEditionSent;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.notifications.DigestNotification;
import nl.meesterschap.notifications.MailOutbox;
import nl.meesterschap.notifications.Notifications;

/**
 * Sends an edition: freezes it ({@link #start}: SENDING, with its snapshot and the number of readers), then writes
 * one mail per reader to the outbox in batches ({@link #send}). Each batch is one transaction: the readers' viewers
 * (a few queries for the whole batch), the sessions of their circles (one query), each reader's copy composed in
 * memory, rendered and queued, and the cursor and counters moved on. A batch that fails leaves nothing behind; a
 * send that stopped (a crash, a restart, the run's time budget) continues after the last reader of the last
 * committed batch, and the outbox's idempotency key ({@code digest:<edition>} per reader) keeps any repeat out.
 * An edition is taken by one sender at a time (a lease in the table), whatever the scheduler does.
 */
@Service
public class EditionSending {

	private static final Logger log = LoggerFactory.getLogger(EditionSending.class);

	static final Duration LEASE = Duration.ofMinutes(5);

	private final EditionRepository editions;

	private final DigestRepository digests;

	private final Subscriptions subscriptions;

	private final EditionContents contents;

	private final SnapshotJson json;

	private final People people;

	private final Notifications notifications;

	private final MailOutbox outbox;

	private final DigestMail mail;

	private final DigestSettings settings;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Called before each mail is queued (inside the batch's transaction); tests use it to simulate a crash. */
	Consumer<UUID> beforeQueue = reader -> {
	};

	EditionSending(EditionRepository editions, DigestRepository digests, Subscriptions subscriptions,
			EditionContents contents, SnapshotJson json, People people, Notifications notifications, MailOutbox outbox,
			DigestMail mail, DigestSettings settings, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.editions = editions;
		this.digests = digests;
		this.subscriptions = subscriptions;
		this.contents = contents;
		this.json = json;
		this.people = people;
		this.notifications = notifications;
		this.outbox = outbox;
		this.mail = mail;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/** Freezes a draft or scheduled edition and marks it SENDING; false when it is not (or no longer) open. */
	public boolean start(UUID editionId, @Nullable UUID by, Instant now) {
		Boolean started = transactions.execute(status -> {
			Optional<Edition> edition = editions.find(editionId).filter(e -> e.status().editable());
			if (edition.isEmpty()) {
				return false;
			}
			Digest digest = digests.find(edition.get().digestId()).orElseThrow();
			Snapshot snapshot = contents.snapshot(digest, edition.get(), editions.pins(editionId), now);
			int readers = subscriptions.recipients(digest, edition.get().frequency()).size();
			return editions.startSending(editionId, json.write(snapshot), readers, by, now);
		});
		return Boolean.TRUE.equals(started);
	}

	/**
	 * Writes the mails of a SENDING edition, batch by batch, for at most {@code budget}; returns where it stands. Does
	 * nothing (and says so) when another sender holds the edition.
	 */
	public Progress send(UUID editionId, Instant now, Duration budget) {
		if (!Boolean.TRUE.equals(transactions.execute(status -> editions.claim(editionId, now, now.plus(LEASE))))) {
			return progress(editionId, false);
		}
		boolean finished = false;
		try {
			Edition edition = editions.findWithSnapshot(editionId).orElseThrow();
			Digest digest = digests.find(edition.digestId()).orElseThrow();
			Snapshot snapshot = json.read(edition.snapshot());
			List<UUID> readers = subscriptions.recipients(digest, edition.frequency());
			int next = edition.cursor() == null ? 0 : after(readers, edition.cursor());
			DigestMail.Renderer renderer = mail.renderer(2_000);
			long deadline = System.nanoTime() + budget.toNanos();
			while (next < readers.size()) {
				List<UUID> batch = readers.subList(next, Math.min(readers.size(), next + settings.batchSize()));
				transactions.executeWithoutResult(status -> sendBatch(edition.id(), digest, snapshot, batch, renderer, now));
				next += batch.size();
				if (System.nanoTime() > deadline) {
					break;
				}
			}
			if (next >= readers.size()) {
				transactions.executeWithoutResult(status -> {
					editions.sent(edition.id(), now);
					Edition done = editions.find(edition.id()).orElseThrow();
					events.publishEvent(new DigestEditionSent(edition.id(), digest.id(), digest.organisationId(),
							done.mailsQueued(), now));
				});
				finished = true;
				log.info("Digest edition {} of '{}' sent: {} mails", edition.id(), digest.title(),
						editions.find(edition.id()).map(Edition::mailsQueued).orElse(0));
			}
		}
		finally {
			if (!finished) {
				transactions.executeWithoutResult(status -> editions.release(editionId));
			}
		}
		return progress(editionId, finished);
	}

	private void sendBatch(UUID editionId, Digest digest, Snapshot snapshot, List<UUID> batch,
			DigestMail.Renderer renderer, Instant now) {
		Map<UUID, Viewer> viewers = people.viewers(batch);
		Map<UUID, PersonSummary> names = people.people(batch);
		List<SessionItem> sessions = contents.sessionsFor(snapshot, viewers.values());
		int queued = 0;
		int skipped = 0;
		int notDeliverable = 0;
		for (UUID reader : batch) {
			Viewer viewer = viewers.get(reader);
			if (viewer == null || !digest.eligible(viewer)) {
				skipped++;
				continue;
			}
			DigestContent content = DigestComposer.compose(snapshot, viewer, sessions, forYou(digest, snapshot, reader));
			if (content.isEmpty()) {
				skipped++;
				continue;
			}
			beforeQueue.accept(reader);
			PersonSummary person = names.get(reader);
			MailOutbox.Queued result = outbox.queue(renderer.mail(content, reader,
					person == null ? "" : person.displayName(), digest.subscriptionId(reader)));
			if (result == MailOutbox.Queued.NOT_DELIVERABLE) {
				notDeliverable++;
			}
			else {
				queued++;
			}
		}
		Instant claimUntil = (clock.instant().isAfter(now) ? clock.instant() : now).plus(LEASE);
		editions.progress(editionId, batch.get(batch.size() - 1), batch.size(), queued, skipped, notDeliverable,
				claimUntil);
	}

	/** The reader's notifications "in de nieuwsbrief" from the edition's period (only the general digest has them). */
	private List<DigestNotification> forYou(Digest digest, Snapshot snapshot, UUID reader) {
		if (digest.theme() != Theme.GENERAL) {
			return List.of();
		}
		return notifications.pendingForDigest(reader, snapshot.periodStart()).stream()
			.filter(n -> n.at().isBefore(snapshot.periodEnd()))
			.toList();
	}

	/** The index of the first reader after {@code cursor} in the sorted list. */
	private static int after(List<UUID> readers, UUID cursor) {
		int at = Collections.binarySearch(readers, cursor);
		return at >= 0 ? at + 1 : -at - 1;
	}

	private Progress progress(UUID editionId, boolean finished) {
		Edition e = editions.find(editionId).orElseThrow();
		return new Progress(e.status(), e.recipientsDone(), e.recipientsTotal(), e.mailsQueued(), finished);
	}

	/** Where a send stands. */
	public record Progress(Edition.Status status, int done, int total, int mails, boolean finished) {
	}

}
