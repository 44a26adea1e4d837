package nl.meesterschap.policy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.policy.PrincipleRead;
import nl.meesterschap.web.DateFormatting;

/**
 * Announces that someone read a principle ({@link PrincipleRead}), at most once per person per principle per day on
 * this node: the readings of today are remembered in memory and forgotten at midnight. Another node (or a restart)
 * may announce the same reading again; the learning record it becomes has an id made of person, principle and day,
 * so it is stored once.
 */
@Component
public class PrincipleReads {

	private static final Logger log = LoggerFactory.getLogger(PrincipleReads.class);

	/** Remembered readings before the memory starts afresh within a day (a bound, not an expected number). */
	static final int MAX_REMEMBERED = 200_000;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Set<String> today = ConcurrentHashMap.newKeySet();

	private volatile LocalDate day = LocalDate.MIN;

	PrincipleReads(ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The person opened this principle of this (current) koers version. */
	public void opened(UUID personId, KoersVersion koers, Principle principle) {
		Instant now = clock.instant();
		LocalDate date = now.atZone(DateFormatting.ZONE).toLocalDate();
		synchronized (this) {
			if (!date.equals(day) || today.size() >= MAX_REMEMBERED) {
				today.clear();
				day = date;
			}
		}
		String reading = personId + " " + koers.organisationId() + " " + principle.code() + " " + date;
		if (!today.add(reading)) {
			return;
		}
		try {
			// listeners run after a commit, so the event needs a transaction of its own (the page only reads)
			transactions.executeWithoutResult(tx -> events.publishEvent(new PrincipleRead(personId,
					koers.organisationId(), koers.organisationSlug(), koers.version(), principle.code(),
					principle.title(), date, now)));
		}
		catch (RuntimeException e) {
			// the page matters more than the record of reading it; the next opening tries again
			today.remove(reading);
			log.warn("Could not announce that {} read principle {} of {}", personId, principle.code(),
					koers.organisationSlug(), e);
		}
	}

}
