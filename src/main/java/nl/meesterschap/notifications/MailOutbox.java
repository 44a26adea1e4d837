package nl.meesterschap.notifications;

import java.util.UUID;

/**
 * The one way Meesterschap sends e-mail. {@link #queue} writes the mail to a durable outbox in the caller's
 * transaction (so it exists exactly when its cause committed); a sender job delivers it over SMTP later, retrying
 * with backoff, and marks it sent right after the server accepted it. Without an SMTP server (embedded mode) mails
 * stay in the outbox, readable on {@code /beheer/e-mail}.
 */
public interface MailOutbox {

	/** Queues a mail; must run inside the transaction of its cause. */
	Queued queue(OutgoingMail mail);

	/**
	 * The address of the one-click unsubscribe page for this person and target (signed, works without logging
	 * in), for a visible link in the mail's footer; the {@code List-Unsubscribe} header carries the same link.
	 */
	String unsubscribeUrl(UUID personId, String target);

	/** The address of the page where a person chooses which notifications they get, for mail footers. */
	String settingsUrl();

	/** What {@link #queue} did. */
	enum Queued {

		/** Written to the outbox; the sender delivers it. */
		QUEUED,

		/** A mail with this idempotency key for this person was queued before; nothing changed. */
		ALREADY_QUEUED,

		/**
		 * Kept in the outbox but not to be sent: the person has no valid address or their mail bounced too often
		 * (shown to them on their notification settings page).
		 */
		NOT_DELIVERABLE

	}

}
