package nl.meesterschap.circles.internal;

import java.util.List;

import nl.meesterschap.privacy.FieldFinding;

/** Sharing the summary outside the circle was refused: the privacy guard still finds personal data. */
public class SummaryRefusedException extends RuntimeException {

	private final transient List<FieldFinding> findings;

	public SummaryRefusedException(List<FieldFinding> findings) {
		super(findings.size() + " privacy findings block sharing the summary");
		this.findings = List.copyOf(findings);
	}

	public List<FieldFinding> findings() {
		return findings;
	}

}
