package nl.meesterschap.digest.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.meesterschap.web.DateFormatting;

/**
 * The digest's scheduled job ({@code digest-editions}, once per cluster under a ShedLock lock): makes and starts the
 * automatic editions whose period ended (at {@code send-time}, Dutch time, on the first day after it) when nobody
 * sent or scheduled them, starts scheduled editions that are due, and writes the mails of editions that are sending,
 * for at most the run budget (the next run continues). A digest gets no automatic edition for a period that ended
 * before it existed, or for a frequency nobody gets.
 */
@Component
public class DigestJobs {

	private static final Logger log = LoggerFactory.getLogger(DigestJobs.class);

	private final DigestRepository digests;

	private final EditionRepository editions;

	private final Subscriptions subscriptions;

	private final Editing editing;

	private final EditionSending sending;

	private final DigestSettings settings;

	private final Clock clock;

	DigestJobs(DigestRepository digests, EditionRepository editions, Subscriptions subscriptions, Editing editing,
			EditionSending sending, DigestSettings settings, Clock clock) {
		this.digests = digests;
		this.editions = editions;
		this.subscriptions = subscriptions;
		this.editing = editing;
		this.sending = sending;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${meesterschap.digest.run-interval:30s}", initialDelayString = "45s")
	@SchedulerLock(name = "digest-editions", lockAtMostFor = "PT10M")
	public void scheduled() {
		if (settings.jobs()) {
			run(clock.instant());
		}
	}

	/** One run at {@code now}: automatic editions, scheduled ones, and the sends under way. */
	public void run(Instant now) {
		startAutomatic(now);
		long deadline = System.nanoTime() + settings.runBudget().toNanos();
		for (UUID id : editions.due(now)) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				break;
			}
			sending.start(id, null, now);
			try {
				sending.send(id, now, java.time.Duration.ofNanos(left));
			}
			catch (RuntimeException e) {
				log.error("Digest edition {} could not be sent now; the next run tries again", id, e);
			}
		}
	}

	/** Starts the automatic editions due at {@code now}; returns their ids. */
	public List<UUID> startAutomatic(Instant now) {
		List<Digest> all = digests.all();
		List<UUID> started = new java.util.ArrayList<>();
		for (Frequency frequency : Frequency.values()) {
			Period period = frequency.previous(frequency.periodOf(now));
			Instant sendAt = period.end().atZone(DateFormatting.ZONE).toLocalDate()
				.atTime(settings.sendTime())
				.atZone(DateFormatting.ZONE)
				.toInstant();
			if (now.isBefore(sendAt)) {
				continue;
			}
			Map<UUID, Edition> existing = editions.ofPeriod(frequency, period.start()).stream()
				.collect(Collectors.toMap(Edition::digestId, Function.identity()));
			for (Digest digest : all) {
				Optional<Edition> edition = Optional.ofNullable(existing.get(digest.id()));
				if (!period.end().isAfter(digest.createdAt())
						|| edition.filter(e -> e.status() != Edition.Status.DRAFT).isPresent()
						|| !subscriptions.anyRecipients(digest, frequency)) {
					continue;
				}
				Edition draft = edition.orElseGet(() -> editing.draft(digest, frequency, period, null));
				if (sending.start(draft.id(), null, now)) {
					started.add(draft.id());
				}
			}
		}
		return started;
	}

}
