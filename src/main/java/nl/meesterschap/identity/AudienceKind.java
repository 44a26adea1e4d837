package nl.meesterschap.identity;

/** How widely an item is shared, from narrow to wide. CIRCLE arrives with the learning circles. */
public enum AudienceKind {
	PRIVATE, TEAM, ORGANISATION, NETWORK, PLATFORM
}
