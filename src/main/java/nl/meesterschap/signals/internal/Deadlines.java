package nl.meesterschap.signals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import nl.meesterschap.web.DateFormatting;

/**
 * When a first response is due and whether a signal is overdue, computed on read from the raise time (Dutch
 * time) and the first response, so the board is always right. The policy side has until the end of the
 * {@code firstResponseWithin}-th working day after the day a signal was raised.
 */
@Component
public class Deadlines {

	private final WorkingDays days;

	private final int within;

	private final Clock clock;

	Deadlines(SignalsSettings settings, Clock clock) {
		this.days = new WorkingDays(settings.liberationDayEveryYear());
		this.within = settings.firstResponseWithin();
		this.clock = clock;
	}

	public WorkingDays workingDays() {
		return days;
	}

	public int firstResponseWithin() {
		return within;
	}

	public LocalDate firstResponseDue(Instant raisedAt) {
		return days.plus(date(raisedAt), within);
	}

	/** No first response yet, and the due day has passed. */
	public boolean overdue(Signal signal) {
		return signal.firstResponseAt() == null && today().isAfter(firstResponseDue(signal.raisedAt()));
	}

	/** Signals raised before this moment without a first response are overdue now. */
	public Instant overdueCutoff() {
		LocalDate today = today();
		LocalDate raised = today;
		while (!today.isAfter(days.plus(raised, within))) {
			raised = raised.minusDays(1);
		}
		// every raise day up to and including "raised" is overdue: cut off at the start of the next day
		return raised.plusDays(1).atStartOfDay(DateFormatting.ZONE).toInstant();
	}

	public int workingDaysBetween(Instant from, Instant to) {
		return days.between(date(from), date(to));
	}

	public LocalDate today() {
		return date(clock.instant());
	}

	private static LocalDate date(Instant instant) {
		return instant.atZone(DateFormatting.ZONE).toLocalDate();
	}

}
