package nl.meesterschap.privacy.internal;

import java.util.List;
import java.util.Set;

import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.FindingType;

/**
 * Finds Dutch postcodes standing alone ({@code 1234 AB}, {@code 1234AB}); a postcode after a street and house number
 * is part of the address finding instead. The letters must be upper case and issued (never SA, SD or SS). When they
 * also form a common word, abbreviation or Roman numeral ("in 2024 EN", "1500 KM", "2014 II"), a place name must
 * follow ({@code 1234 EN Lindewaarde}).
 */
final class PostcodeDetector implements Detector {

	private static final Set<String> NEVER_ISSUED = Set.of("SA", "SD", "SS");

	/** Letter pairs that are also Dutch words, units or abbreviations, so a number before them is no postcode. */
	private static final Set<String> AMBIGUOUS_LETTERS = Set.of("AL", "AN", "DA", "DE", "EM", "EN", "ER", "HE", "IK",
			"IN", "IS", "JA", "JE", "ME", "NA", "NU", "OF", "OK", "OM", "OP", "TE", "UW", "WE", "ZE", "ZO", "MA", "DI",
			"WO", "DO", "VR", "ZA", "AD", "BC", "BV", "NV", "CM", "MM", "KM", "KG", "MB", "GB", "KB", "TB", "ML", "CC",
			"PK", "KW", "MW", "AM", "PM", "TV", "PC", "ID", "VO", "PO", "SO", "MO", "HO", "BO", "EU", "NL", "VS", "UK");

	@Override
	public void detect(String text, List<Finding> out) {
		int n = text.length();
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			if (c < '1' || c > '9' || !Chars.startsNumber(text, i)) {
				i++;
				continue;
			}
			int end = matchEnd(text, i);
			if (end > 0 && (!isAmbiguous(text, end) || placeFollows(text, end))) {
				out.add(new Finding(FindingType.POSTCODE, i, end, text.substring(i, end), 0.9));
				i = end;
			}
			else {
				i = Chars.digitsEnd(text, i);
			}
		}
	}

	/** The end of a postcode starting at {@code start}, or -1. Also used for postcodes inside addresses. */
	static int matchEnd(String text, int start) {
		int n = text.length();
		if (start >= n || text.charAt(start) < '1' || text.charAt(start) > '9'
				|| Chars.digitsEnd(text, start) != start + 4) {
			return -1;
		}
		int letters = start + 4;
		if (letters < n && text.charAt(letters) == ' ') {
			letters++;
		}
		boolean valid = letters + 2 <= n && Chars.isAsciiUpper(text.charAt(letters))
				&& Chars.isAsciiUpper(text.charAt(letters + 1)) && Chars.endsToken(text, letters + 2)
				&& !text.startsWith("-", letters + 2) && !NEVER_ISSUED.contains(text.substring(letters, letters + 2));
		return valid ? letters + 2 : -1;
	}

	private static boolean isAmbiguous(String text, int end) {
		return AMBIGUOUS_LETTERS.contains(text.substring(end - 2, end))
				|| isRomanDigit(text.charAt(end - 2)) && isRomanDigit(text.charAt(end - 1));
	}

	/** "2014 II", "Richtlijn 8604 IV": pairs of Roman numerals are more likely a sequence number than a postcode. */
	private static boolean isRomanDigit(char c) {
		return "IVXLCDM".indexOf(c) >= 0;
	}

	/** Whether a capitalised word follows, as the place does in "1234 EN Lindewaarde". */
	private static boolean placeFollows(String text, int end) {
		return end + 2 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))
				&& Character.isLowerCase(text.charAt(end + 2));
	}

}
