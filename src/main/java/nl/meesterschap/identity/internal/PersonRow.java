package nl.meesterschap.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.PersonSummary;

/** A row of identity_person. */
public record PersonRow(UUID id, UUID organisationId, String username, String email, String displayName,
		@Nullable String jobTitle, @Nullable String passwordHash, boolean enabled, int failedLogins,
		@Nullable Instant lockedUntil, @Nullable String preferredLocale, Instant createdAt,
		@Nullable Instant lastLoginAt) {

	public PersonSummary summary() {
		return new PersonSummary(id, username, displayName, organisationId, jobTitle, createdAt);
	}

	/** Invited, but has not chosen a password yet. */
	public boolean pending() {
		return passwordHash == null;
	}

	/** Message key of the account's state for admin pages. */
	public String statusKey(Instant now) {
		if (!enabled) {
			return "admin.status.disabled";
		}
		if (pending()) {
			return "admin.status.invited";
		}
		return lockedAt(now) ? "admin.status.locked" : "admin.status.active";
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

}
