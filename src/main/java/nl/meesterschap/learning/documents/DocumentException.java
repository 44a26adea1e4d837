package nl.meesterschap.learning.documents;

/**
 * A document request the LRS refuses, with the HTTP status xAPI prescribes: 400 (not mergeable), 409 (PUT on an
 * existing document without If-Match or If-None-Match) or 412 (a precondition failed).
 */
public class DocumentException extends RuntimeException {

	private final int status;

	DocumentException(int status, String message) {
		super(message);
		this.status = status;
	}

	public int status() {
		return status;
	}

}
