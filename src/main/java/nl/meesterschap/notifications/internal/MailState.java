package nl.meesterschap.notifications.internal;

/** Where a notification stands with e-mail. */
enum MailState {

	/** Shown in the app only. */
	NONE,

	/** Waits for the person's next batched e-mail. */
	PENDING,

	/** Waits for the person's digest (the digest module reads it). */
	DIGEST,

	/** Went into an e-mail in the outbox. */
	MAILED,

	/** Not mailed after all: read in the app first, hidden, preference changed, or delivery stopped. */
	SKIPPED

}
