package nl.meesterschap.practice.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.privacy.Finding;

/** A text cut into plain parts and findings, so a page can mark each finding in place (escaped, never raw HTML). */
final class Highlights {

	private Highlights() {
	}

	static List<Segment> of(String text, List<Finding> findings) {
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
		return segments;
	}

	/** A piece of text; {@code finding} is set when the piece is personal data. */
	record Segment(String text, @Nullable Finding finding) {

		public boolean marked() {
			return finding != null;
		}

	}

}
