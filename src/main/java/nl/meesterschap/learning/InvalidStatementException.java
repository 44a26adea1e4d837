package nl.meesterschap.learning;

/** A statement the learning record store refuses: it does not conform to xAPI, or conflicts with a stored one. */
public class InvalidStatementException extends RuntimeException {

	public InvalidStatementException(String message) {
		super(message);
	}

}
