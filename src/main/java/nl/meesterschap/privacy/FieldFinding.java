package nl.meesterschap.privacy;

/** A finding in one named field of an item (e.g. {@code title} or {@code steps.situation}). */
public record FieldFinding(String field, Finding finding) {
}
