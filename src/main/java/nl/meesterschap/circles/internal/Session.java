package nl.meesterschap.circles.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.circles.ReflectionKind;
import nl.meesterschap.circles.SessionRole;

/**
 * One meeting of a circle: when and where, the method, the roles, and how far facilitation got
 * ({@code currentStep}: null before the start, one past the last step when every step is done). {@code sequence}
 * is the iCalendar SEQUENCE, raised on every change an invitation shows.
 */
public record Session(UUID id, UUID circleId, UUID methodId, @Nullable String title, Instant startsAt,
		Instant endsAt, @Nullable String place, @Nullable String onlineUrl, Status status, int sequence,
		ReflectionKind reflectionKind, Roles roles, @Nullable Integer currentStep,
		@Nullable Instant facilitationStartedAt, @Nullable Instant closedAt, UUID createdBy, Instant createdAt,
		Instant updatedAt) {

	public enum Status {
		PLANNED, HELD, CANCELLED
	}

	/** Who leads, keeps time, takes notes and brings the case. */
	public record Roles(@Nullable UUID facilitatorId, @Nullable UUID timeKeeperId, @Nullable UUID noteTakerId,
			@Nullable UUID caseBringerId) {
	}

	public int durationMinutes() {
		return (int) Duration.between(startsAt, endsAt).toMinutes();
	}

	public boolean planned() {
		return status == Status.PLANNED;
	}

	public boolean started() {
		return currentStep != null;
	}

	/** The role this person had, the most telling one first. */
	public SessionRole roleOf(UUID personId) {
		if (personId.equals(roles.facilitatorId())) {
			return SessionRole.FACILITATOR;
		}
		if (personId.equals(roles.caseBringerId())) {
			return SessionRole.CASE_BRINGER;
		}
		if (personId.equals(roles.timeKeeperId())) {
			return SessionRole.TIME_KEEPER;
		}
		if (personId.equals(roles.noteTakerId())) {
			return SessionRole.NOTE_TAKER;
		}
		return SessionRole.PARTICIPANT;
	}

	Session with(Status newStatus, int newSequence, Instant now) {
		return new Session(id, circleId, methodId, title, startsAt, endsAt, place, onlineUrl, newStatus, newSequence,
				reflectionKind, roles, currentStep, facilitationStartedAt, newStatus == Status.HELD ? now : closedAt,
				createdBy, createdAt, now);
	}

}
