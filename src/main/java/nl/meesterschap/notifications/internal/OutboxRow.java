package nl.meesterschap.notifications.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One mail in the outbox. */
record OutboxRow(UUID id, UUID recipientId, String idempotencyKey, @Nullable UUID recipientOrganisationId,
		@Nullable String recipientName, @Nullable String recipientAddress, String subject, String html, String text,
		@Nullable String unsubscribeTarget, Status status, int attempts, Instant nextAttemptAt,
		@Nullable Instant claimedUntil, @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {

	/** Where a mail stands. */
	enum Status {

		/** Waits for the sender (for good in embedded mode, without an SMTP server). */
		QUEUED,

		/** Claimed by the sender until {@code claimedUntil}; after a crash another run takes it again. */
		SENDING,

		/** The SMTP server accepted it. */
		SENT,

		/** The server refused the recipient for good (5xx); counts as a bounce. */
		BOUNCED,

		/** Given up after too many tries or too long. */
		FAILED,

		/** Never to be sent: no valid address, or delivery to this person stopped after bounces. */
		NOT_DELIVERABLE

	}

}
