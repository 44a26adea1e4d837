package nl.meesterschap.digest.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One edition of a digest for one frequency and period. {@code snapshot} (JSON) is set when sending starts; the
 * counters and {@code cursor} (the last reader done, in id order) show and carry the progress of the send.
 */
public record Edition(UUID id, UUID digestId, Frequency frequency, Period period, Status status,
		@Nullable String intro, @Nullable Instant scheduledFor, @Nullable String snapshot, int recipientsTotal,
		int recipientsDone, int mailsQueued, int mailsSkipped, int notDeliverable, @Nullable UUID cursor,
		@Nullable Instant sendingSince, @Nullable Instant sentAt, Instant updatedAt) {

	/** Where an edition stands. */
	public enum Status {

		/** Being prepared: an editor may pin items and write an intro; sent at the end of its period. */
		DRAFT,

		/** To be sent at {@code scheduledFor}. */
		SCHEDULED,

		/** Its mails are being written to the outbox, batch by batch. */
		SENDING,

		/** Sent; it has an archive page. */
		SENT;

		public boolean editable() {
			return this == DRAFT || this == SCHEDULED;
		}

	}

	/** Percentage of readers done while sending. */
	public int percentDone() {
		return recipientsTotal == 0 ? 100 : (int) Math.min(100, 100L * recipientsDone / recipientsTotal);
	}

}
