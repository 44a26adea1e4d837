package nl.meesterschap.digest.internal;

import java.util.List;

import nl.meesterschap.privacy.FieldFinding;

/** The intro holds personal data (privacy guard); it is not saved until the editor replaces or waives each finding. */
public class IntroRefusedException extends RuntimeException {

	private final transient List<FieldFinding> findings;

	IntroRefusedException(List<FieldFinding> findings) {
		super("Intro refused by the privacy guard: " + findings.size() + " findings");
		this.findings = List.copyOf(findings);
	}

	public List<FieldFinding> findings() {
		return findings;
	}

}
