package nl.meesterschap.privacy;

/** Thrown when someone tries to mark a finding that can never be waived (a valid BSN) as "no personal data". */
public class NotWaivableException extends RuntimeException {

	public NotWaivableException(FindingType type) {
		super(type + " can never be waived");
	}

}
