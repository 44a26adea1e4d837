package nl.meesterschap.circles.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person's place in a circle. An invited person is not a member: they see nothing of the circle's work until
 * they accept its confidentiality agreement ({@code ACTIVE}).
 */
public record Membership(UUID circleId, UUID personId, Role role, Status status, @Nullable UUID invitedBy,
		Instant invitedAt, @Nullable Instant acceptedAt) {

	/** The version of the confidentiality agreement in the message bundles ({@code circle.agreement.*}). */
	public static final int AGREEMENT_VERSION = 1;

	public enum Role {
		FACILITATOR, MEMBER
	}

	public enum Status {
		INVITED, ACTIVE, DECLINED
	}

	public boolean active() {
		return status == Status.ACTIVE;
	}

	public boolean facilitator() {
		return active() && role == Role.FACILITATOR;
	}

}
