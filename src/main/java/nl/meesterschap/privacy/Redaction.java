package nl.meesterschap.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Replaces findings in a text, typically by their {@linkplain FindingType#placeholder() placeholder}. */
public final class Redaction {

	private Redaction() {
	}

	/**
	 * Replaces each finding by the string {@code placeholder} gives for it. Findings are replaced right-to-left, so
	 * the offsets of the remaining ones stay valid.
	 * @throws IllegalArgumentException when findings overlap, or when one no longer matches the text (it changed
	 * since the scan); replacing anyway could leave personal data in place
	 */
	public static String replace(String text, List<Finding> findings, Function<Finding, String> placeholder) {
		List<Finding> rightToLeft = new ArrayList<>(findings);
		rightToLeft.sort(Comparator.comparingInt(Finding::start).reversed());
		StringBuilder result = new StringBuilder(text);
		int limit = text.length();
		for (Finding finding : rightToLeft) {
			if (finding.end() > limit) {
				throw new IllegalArgumentException(finding + " overlaps another finding or lies outside the text");
			}
			if (!text.startsWith(finding.text(), finding.start())) {
				throw new IllegalArgumentException(finding + " does not match the text");
			}
			result.replace(finding.start(), finding.end(), placeholder.apply(finding));
			limit = finding.start();
		}
		return result.toString();
	}

}
