package nl.meesterschap.practice;

/** A draft is private to its author whatever its audience; a published story reaches its audience. */
public enum StoryStatus {
	DRAFT, PUBLISHED, ARCHIVED
}
