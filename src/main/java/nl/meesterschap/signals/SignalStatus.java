package nl.meesterschap.signals;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a signal stands in the answer loop. Every change after RECEIVED carries a public response. ADOPTED is
 * final; NOT_ADOPTED and ANSWERED may be reconsidered; IN_CONSIDERATION may get an interim response.
 */
public enum SignalStatus {

	RECEIVED, IN_CONSIDERATION, ADOPTED, NOT_ADOPTED, ANSWERED;

	/** A decision: the loop is closed for now. */
	public boolean decided() {
		return this == ADOPTED || this == NOT_ADOPTED || this == ANSWERED;
	}

	/** The statuses a signal in this status may move to (the same status only for an interim response). */
	public Set<SignalStatus> next() {
		return switch (this) {
			case RECEIVED -> EnumSet.of(IN_CONSIDERATION, ADOPTED, NOT_ADOPTED, ANSWERED);
			case IN_CONSIDERATION -> EnumSet.of(IN_CONSIDERATION, ADOPTED, NOT_ADOPTED, ANSWERED);
			case NOT_ADOPTED, ANSWERED -> EnumSet.of(IN_CONSIDERATION);
			case ADOPTED -> EnumSet.noneOf(SignalStatus.class);
		};
	}

	public boolean mayMoveTo(SignalStatus status) {
		return next().contains(status);
	}

}
