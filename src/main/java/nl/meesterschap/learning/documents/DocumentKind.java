package nl.meesterschap.learning.documents;

/** The three document resources of xAPI (Communication 2.3, 2.6, 2.7). */
public enum DocumentKind {
	STATE, ACTIVITY_PROFILE, AGENT_PROFILE
}
