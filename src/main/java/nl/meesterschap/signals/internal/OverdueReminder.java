package nl.meesterschap.signals.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.meesterschap.signals.SignalOverdue;

/**
 * Every quarter of an hour, once per cluster: announces each signal that passed its first-response day without a
 * response, once ({@link SignalOverdue}; the notifications module reminds the policy side). The board does not
 * depend on this job: it computes "overdue" on read.
 */
@Component
public class OverdueReminder {

	private static final Logger log = LoggerFactory.getLogger(OverdueReminder.class);

	private final SignalRepository signals;

	private final Deadlines deadlines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OverdueReminder(SignalRepository signals, Deadlines deadlines, ApplicationEventPublisher events, Clock clock) {
		this.signals = signals;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${meesterschap.signals.overdue-check:0 */15 * * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "signals-overdue")
	@Transactional
	public void scheduled() {
		int reminded = remind();
		if (reminded > 0) {
			log.info("Signals: {} overdue signal(s) announced to the policy side", reminded);
		}
	}

	/** Announces the overdue signals not announced before; returns how many. */
	@Transactional
	public int remind() {
		Instant now = clock.instant();
		int count = 0;
		for (var id : signals.overdueNotReminded(deadlines.overdueCutoff())) {
			if (!signals.markReminded(id, now)) {
				continue;
			}
			Signal signal = signals.find(id).orElseThrow();
			events.publishEvent(new SignalOverdue(signal.id(), signal.answeringOrganisationId(), signal.title(),
					signal.raisedAt(), deadlines.firstResponseDue(signal.raisedAt())));
			count++;
		}
		return count;
	}

}
