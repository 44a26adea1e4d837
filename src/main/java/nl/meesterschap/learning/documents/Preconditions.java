package nl.meesterschap.learning.documents;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/** The If-Match and If-None-Match headers of a document write (RFC 7232, as xAPI Communication 3.1 uses them). */
public record Preconditions(@Nullable String ifMatch, @Nullable String ifNoneMatch) {

	public static final Preconditions NONE = new Preconditions(null, null);

	boolean any() {
		return ifMatch != null || ifNoneMatch != null;
	}

	/** @throws DocumentException 412 when the document's current state does not satisfy the headers */
	void check(@Nullable Document current) {
		if (ifMatch != null && (current == null || !matches(ifMatch, current.etag()))) {
			throw new DocumentException(412, "If-Match does not match the document's current ETag");
		}
		if (ifNoneMatch != null && current != null && matches(ifNoneMatch, current.etag())) {
			throw new DocumentException(412, "If-None-Match: the document already exists");
		}
	}

	private static boolean matches(String header, String etag) {
		return Arrays.stream(header.split(","))
			.map(String::strip)
			.map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
			.anyMatch(tag -> tag.equals("*") || unquoted(tag).equals(unquoted(etag)));
	}

	private static String unquoted(String tag) {
		return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1)
				: tag;
	}

}
