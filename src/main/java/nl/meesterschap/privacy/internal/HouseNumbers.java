package nl.meesterschap.privacy.internal;

import java.util.Set;

/** The parts of an address after the street: house number additions, and postcode and place. */
final class HouseNumbers {

	/** Additions written after a space: "12 bis", "12 hs"; besides these a single capital ("12 A"). */
	private static final Set<String> SPACED_ADDITIONS = Set.of("bis", "hs", "huis", "boven", "beneden", "bg", "zw",
			"rood");

	private static final Set<String> ROMAN_ADDITIONS = Set.of("I", "II", "III", "IV");

	private HouseNumbers() {
	}

	/** The end of the house number addition after the digits ending at {@code end}, or {@code end} without one. */
	static int end(String text, int end) {
		int n = text.length();
		int letters = end;
		while (letters < n && letters - end <= 3 && Chars.isAsciiLetter(text.charAt(letters))) {
			letters++;
		}
		if (letters > end && letters - end <= 3 && Chars.endsToken(text, letters)) {
			return letters;
		}
		if (end + 1 < n && text.charAt(end) == '-' && Chars.isLetterOrDigit(text.charAt(end + 1))) {
			int addition = end + 1;
			while (addition < n && addition - end <= 5 && Chars.isLetterOrDigit(text.charAt(addition))) {
				addition++;
			}
			return addition - end <= 5 && Chars.endsNumber(text, addition) ? addition : end;
		}
		int word = Words.nextAfterSpace(text, end);
		if (word < 0) {
			return end;
		}
		int wordEnd = Words.end(text, word);
		String addition = text.substring(word, wordEnd);
		boolean spaced = SPACED_ADDITIONS.contains(addition) || ROMAN_ADDITIONS.contains(addition)
				|| wordEnd - word == 1 && Chars.isAsciiUpper(text.charAt(word));
		if (spaced && Chars.endsToken(text, wordEnd)) {
			return wordEnd;
		}
		if (addition.equals("nr")) {
			int number = text.startsWith(". ", wordEnd) ? wordEnd + 2
					: text.startsWith(" ", wordEnd) ? wordEnd + 1 : -1;
			return number > 0 && number < n && Chars.isDigit(text.charAt(number))
					? end(text, Chars.digitsEnd(text, number)) : end;
		}
		return end;
	}

	/**
	 * The end of a postcode and place following an address at {@code end} ("Kerkstraat 12, 1234 AB Lindewaarde"), or
	 * -1 when no postcode follows.
	 */
	static int postcodeAndPlaceEnd(String text, int end, WordLists lists) {
		int postcode = text.startsWith(", ", end) ? end + 2 : text.startsWith(" ", end) ? end + 1 : -1;
		int postcodeEnd = postcode > 0 ? PostcodeDetector.matchEnd(text, postcode) : -1;
		if (postcodeEnd < 0) {
			return -1;
		}
		int placeEnd = postcodeEnd;
		int word = Words.nextAfterSpace(text, placeEnd);
		for (int words = 0; word > 0 && words < 3; words++) {
			int wordEnd = Words.end(text, word);
			String lower = WordLists.lower(text, word, wordEnd);
			boolean capitalised = Words.isCapitalised(text, word, wordEnd) && !lists.isCommonWord(lower);
			boolean joining = words > 0 && (lower.equals("op") || lower.equals("aan") || lower.equals("den"));
			if (!capitalised && !joining) {
				break;
			}
			if (capitalised) {
				placeEnd = wordEnd;
			}
			word = Words.nextAfterSpace(text, wordEnd);
		}
		return placeEnd;
	}

}
