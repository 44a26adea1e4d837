package nl.meesterschap.privacy;

/**
 * One piece of personal data found in a text.
 *
 * @param type what kind of personal data it is
 * @param start offset of the first char in the scanned text (inclusive)
 * @param end offset after the last char (exclusive)
 * @param text the matched text, equal to {@code scanned.substring(start, end)}
 * @param confidence how sure the detector is, from 0 to 1
 */
public record Finding(FindingType type, int start, int end, String text, double confidence) {

	public Finding {
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
		}
		if (text.length() != end - start) {
			throw new IllegalArgumentException("Text length does not match span [" + start + ", " + end + ")");
		}
		if (!(confidence >= 0 && confidence <= 1)) {
			throw new IllegalArgumentException("Confidence must be between 0 and 1: " + confidence);
		}
	}

	/** Leaves the matched text out, so that logging a finding never logs personal data. */
	@Override
	public String toString() {
		return "Finding[type=" + type + ", start=" + start + ", end=" + end + ", confidence=" + confidence + "]";
	}

	/** The number of chars this finding covers. */
	public int length() {
		return end - start;
	}

	/** Whether this finding shares at least one char with {@code other}. */
	public boolean overlaps(Finding other) {
		return start < other.end && other.start < end;
	}

}
