package nl.meesterschap.privacy.internal;

import java.util.ArrayList;
import java.util.List;

import nl.meesterschap.privacy.Finding;

/** Finds one kind of personal data. Implementations are stateless, so one instance serves all threads. */
interface Detector {

	/**
	 * Adds the findings in {@code text} to {@code out}, in any order. They never overlap each other, but may overlap
	 * the findings of other detectors; the scanner resolves that.
	 */
	void detect(String text, List<Finding> out);

	/** The findings in {@code text}, in the order found. */
	default List<Finding> detect(String text) {
		List<Finding> out = new ArrayList<>();
		detect(text, out);
		return out;
	}

}
