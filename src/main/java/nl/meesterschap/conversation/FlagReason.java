package nl.meesterschap.conversation;

/** Why someone flags a story or response. PRIVACY goes to the privacy officer, the rest to moderators. */
public enum FlagReason {
	PRIVACY, DISRESPECTFUL, OFF_TOPIC, SPAM, OTHER
}
