package nl.meesterschap.identity;

/** How widely an item is shared, from narrow to wide. */
public enum AudienceKind {
	PRIVATE, CIRCLE, TEAM, ORGANISATION, NETWORK, PLATFORM
}
