package nl.meesterschap.learning.statements;

/** The content of a statement attachment, named by its SHA-2 hash (lower-case hex). */
public record Attachment(String sha2, String contentType, byte[] content) {
}
