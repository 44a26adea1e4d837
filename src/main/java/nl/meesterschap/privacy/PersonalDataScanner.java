package nl.meesterschap.privacy;

import java.util.List;

/** Finds personal data in free text. Implementations are thread-safe. */
public interface PersonalDataScanner {

	/**
	 * Scans a text for personal data.
	 * @param text the text to scan
	 * @return the findings sorted by start offset, never overlapping each other
	 */
	List<Finding> scan(String text);

}
