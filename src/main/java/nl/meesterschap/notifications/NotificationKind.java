package nl.meesterschap.notifications;

/** What a notification is about; each person chooses per kind how (and whether) to hear about it. */
public enum NotificationKind {

	/** A colleague responded to something of mine (a story). */
	RESPONSE,

	/** A colleague replied to my response. */
	REPLY,

	/** A colleague mentioned me (@name) in a response. */
	MENTION,

	/** The owner of a story said my response helped them. */
	HELPFUL,

	/** A signal I raised or endorsed changed status. */
	SIGNAL_STATUS,

	/** A signal my organisation has to answer is overdue (for policy advisors and team leads). */
	SIGNAL_OVERDUE,

	/** I was invited to a learning circle. */
	CIRCLE_INVITATION,

	/** A session of my circle was planned. */
	SESSION_INVITATION,

	/** A planned session of my circle changed or was cancelled. */
	SESSION_CHANGED,

	/** A session of my circle starts within a day. */
	SESSION_REMINDER,

	/** An action from a session was put in my name. */
	ACTION_ASSIGNED

}
