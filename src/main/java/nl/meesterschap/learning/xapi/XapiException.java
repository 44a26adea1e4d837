package nl.meesterschap.learning.xapi;

/** A request the LRS refuses before it reaches the records, with its HTTP status (400, 404, 413, ...). */
class XapiException extends RuntimeException {

	private final int status;

	XapiException(int status, String message) {
		super(message);
		this.status = status;
	}

	static XapiException badRequest(String message) {
		return new XapiException(400, message);
	}

	static XapiException notFound(String message) {
		return new XapiException(404, message);
	}

	int status() {
		return status;
	}

}
