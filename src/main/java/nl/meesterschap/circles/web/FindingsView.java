package nl.meesterschap.circles.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.FindingType;

/**
 * The privacy findings in one text, cut into plain parts and marked parts so a page can mark each finding in
 * place (escaped, never as raw HTML), with the placeholders offered to replace it.
 */
record FindingsView(String field, List<Segment> segments, List<Finding> findings) {

	static FindingsView of(String field, String text, List<Finding> findings) {
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (Finding finding : findings) {
			if (finding.start() < at || finding.end() > text.length()) {
				continue;
			}
			if (finding.start() > at) {
				segments.add(new Segment(text.substring(at, finding.start()), null));
			}
			segments.add(new Segment(finding.text(), finding));
			at = finding.end();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), null));
		}
		return new FindingsView(field, segments, List.copyOf(findings));
	}

	public boolean hasFindings() {
		return !findings.isEmpty();
	}

	public List<Choice> choices() {
		return findings.stream().map(f -> new Choice(f, replacements(f.type()))).toList();
	}

	static List<String> replacements(FindingType type) {
		return type == FindingType.PERSON_NAME ? List.of(type.placeholder(), "cliënt A", "cliënt B")
				: List.of(type.placeholder());
	}

	/** A piece of text; {@code finding} is set when the piece is personal data. */
	record Segment(String text, @Nullable Finding finding) {

		public boolean marked() {
			return finding != null;
		}

	}

	/** A finding and the placeholders that can replace it. */
	record Choice(Finding finding, List<String> replacements) {
	}

}
