package nl.meesterschap.signals.internal;

import java.util.List;

import nl.meesterschap.privacy.FieldFinding;

/** Sharing refused: the privacy guard still finds personal data in these fields. */
public class PrivacyRefusedException extends RuntimeException {

	private final transient List<FieldFinding> findings;

	public PrivacyRefusedException(List<FieldFinding> findings) {
		super("Personal data found in " + findings.size() + " places");
		this.findings = List.copyOf(findings);
	}

	public List<FieldFinding> findings() {
		return findings;
	}

}
