package nl.meesterschap.learning.documents;

import java.time.Instant;

/** A stored document: its content as sent, its content type, its ETag (quoted) and when it last changed. */
public record Document(String id, String contentType, byte[] content, String etag, Instant updated) {

	public boolean json() {
		return Documents.isJson(contentType);
	}

}
