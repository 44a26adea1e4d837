package nl.meesterschap.practice.internal;

import java.util.List;

import nl.meesterschap.privacy.FieldFinding;

/** Sharing was refused because the privacy guard still finds personal data; nothing was changed. */
public class PublishRefusedException extends RuntimeException {

	private final transient List<FieldFinding> findings;

	public PublishRefusedException(List<FieldFinding> findings) {
		super(findings.size() + " privacy findings block sharing");
		this.findings = List.copyOf(findings);
	}

	public List<FieldFinding> findings() {
		return findings;
	}

}
