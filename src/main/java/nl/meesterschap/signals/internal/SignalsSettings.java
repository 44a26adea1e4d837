package nl.meesterschap.signals.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code firstResponseWithin}: working days the policy side has for a first response before a signal is overdue
 * (default 10). {@code liberationDayEveryYear}: whether Bevrijdingsdag (5 May) is a day off every year (the
 * default, as most municipalities give it) or only in lustrum years.
 */
@ConfigurationProperties("meesterschap.signals")
record SignalsSettings(Integer firstResponseWithin, Boolean liberationDayEveryYear) {

	SignalsSettings {
		firstResponseWithin = firstResponseWithin == null || firstResponseWithin < 1 ? 10 : firstResponseWithin;
		liberationDayEveryYear = liberationDayEveryYear == null || liberationDayEveryYear;
	}

}
