package nl.meesterschap.privacy.internal;

import java.util.List;

import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.FindingType;

/**
 * Finds birth dates: a date ({@code 12-03-1985}, {@code 12/3/85}, {@code 12-3-'85}, {@code 12 maart 1985}, {@code
 * 1985-03-12}) in a birth context. That is a word such as "geboren", "geb.", "geboortedatum" or "jarig" among the few
 * words before it, or parentheses right after a name ({@code Fatima (12-03-1985)}). "geb. 1985" alone counts as well.
 * Other dates, such as meeting dates, are no finding.
 */
final class DateOfBirthDetector implements Detector {

	private static final Keywords BIRTH = new Keywords("geboren", "geb", "geb.", "geboortedatum", "geb.datum",
			"gebdatum", "geboortejaar", "geboorte", "dob", "d.o.b.", "jarig", "geborene", "geboortedag");

	private static final Keywords BIRTH_YEAR = new Keywords("geboren", "geb", "geb.", "geboortejaar");

	private final WordLists lists;

	DateOfBirthDetector(WordLists lists) {
		this.lists = lists;
	}

	@Override
	public void detect(String text, List<Finding> out) {
		int n = text.length();
		int i = 0;
		while (i < n) {
			if (!Chars.isDigit(text.charAt(i)) || !Chars.startsNumber(text, i)) {
				i++;
				continue;
			}
			int end = Dates.end(text, i);
			double confidence = 0;
			if (end > 0) {
				confidence = BIRTH.before(text, i, 4) ? 0.95 : afterName(text, i, end) ? 0.85 : 0;
			}
			else if (isBirthYear(text, i)) {
				end = i + 4;
				confidence = 0.7;
			}
			if (confidence > 0) {
				out.add(new Finding(FindingType.DATE_OF_BIRTH, i, end, text.substring(i, end), confidence));
				i = end;
			}
			else {
				i = Chars.digitsEnd(text, i);
			}
		}
	}

	/** "geb. 1985", "geboren in 1985": a year just after a birth word, which narrows a person down as well. */
	private static boolean isBirthYear(String text, int start) {
		int end = Chars.digitsEnd(text, start);
		boolean year = end - start == 4 && (text.startsWith("19", start) || text.startsWith("20", start))
				&& Chars.endsNumber(text, end);
		return year && BIRTH_YEAR.before(text, start, 2);
	}

	/** "Fatima (12-03-1985)", "mevrouw Jansen (12-03-1985)": a date in parentheses right after a name. */
	private boolean afterName(String text, int start, int end) {
		if (start < 3 || end >= text.length() || text.charAt(start - 1) != '(' || text.charAt(end) != ')'
				|| text.charAt(start - 2) != ' ') {
			return false;
		}
		int wordStart = Words.start(text, start - 2);
		return Words.isCapitalised(text, wordStart, start - 2)
				&& !lists.isCommonWord(WordLists.lower(text, wordStart, start - 2));
	}

}
