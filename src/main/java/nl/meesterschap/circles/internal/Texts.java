package nl.meesterschap.circles.internal;

/** Small text helpers for replacing a privacy finding where the person left it. */
final class Texts {

	private Texts() {
	}

	/** Where {@code expected} stands closest to {@code start} (someone may have typed before it since), or -1. */
	static int nearest(String text, String expected, int start) {
		int best = -1;
		for (int at = text.indexOf(expected); at >= 0; at = text.indexOf(expected, at + 1)) {
			if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
				best = at;
			}
		}
		return best;
	}

}
