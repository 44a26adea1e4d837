package nl.meesterschap.conversation.internal;

import java.util.List;

import nl.meesterschap.privacy.FieldFinding;

/** A response was not posted because the privacy guard still finds personal data in it. */
public class ResponseRefusedException extends RuntimeException {

	private final transient List<FieldFinding> findings;

	public ResponseRefusedException(List<FieldFinding> findings) {
		super(findings.size() + " privacy findings block the response");
		this.findings = List.copyOf(findings);
	}

	public List<FieldFinding> findings() {
		return findings;
	}

}
