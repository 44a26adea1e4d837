package nl.meesterschap.privacy.internal;

import java.util.List;
import java.util.Set;

import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.FindingType;

/**
 * Finds street addresses: a street name, a house number with any addition ({@code Kerkstraat 12a}, {@code Dorpsweg
 * 12-II}, {@code Laan van Meerdervoort 1203 bis}), and optionally a postcode and place ({@code Kerkstraat 12a, 1234
 * AB Lindewaarde}), all as one finding. A street is recognised by its last word's ending (straat, laan, weg, ...) or
 * by starting with a street word ({@code Laan van ...}, {@code Plein 1944}), so "week 12", "artikel 12" and "Jeugdwet
 * 2015" never match. A house number that looks like a year needs a clear street ending ("Arbeidsmarkt 2025" is none).
 */
final class AddressDetector implements Detector {

	private static final List<String> ENDINGS = List.of("straat", "laan", "weg", "plein", "singel", "gracht", "dijk",
			"kade", "hof", "pad", "dreef", "steeg", "park", "markt", "wal", "ring", "baan", "veld", "erf", "gang",
			"allee", "boulevard", "plantsoen", "haven", "vaart", "kanaal", "wetering", "kamp", "weide", "zoom", "poort",
			"brink", "promenade", "passage", "hoven", "akker", "straatje", "pleintje");

	/** Endings clear enough to accept a house number that looks like a year ("Plein 1944"). */
	private static final List<String> CLEAR_ENDINGS = List.of("straat", "laan", "weg", "plein", "singel", "gracht",
			"dijk", "kade", "dreef", "steeg");

	/** Words that start a street name on their own: "Laan van Meerdervoort", "Dam 1". */
	private static final Set<String> STREET_WORDS = Set.of("laan", "plein", "weg", "dijk", "kade", "gracht", "singel",
			"dreef", "markt", "hof", "park", "ring", "wal", "dam", "boulevard", "plantsoen", "haven", "steeg", "straat",
			"brink", "kanaal", "rotonde", "oever");

	private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "ter", "ten", "te", "op",
			"aan", "in", "bij", "voor", "achter", "over", "onder", "naar", "en", "'s", "'t");

	private final WordLists lists;

	AddressDetector(WordLists lists) {
		this.lists = lists;
	}

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
			int numberEnd = Chars.digitsEnd(text, i);
			int streetStart = numberEnd - i <= 4 && i >= 2 && text.charAt(i - 1) == ' '
					? streetStart(text, i - 1, isYearLike(text, i, numberEnd)) : -1;
			if (streetStart < 0) {
				i = numberEnd;
				continue;
			}
			int end = HouseNumbers.end(text, numberEnd);
			int withPostcode = HouseNumbers.postcodeAndPlaceEnd(text, end, lists);
			end = Math.max(end, withPostcode);
			out.add(new Finding(FindingType.ADDRESS, streetStart, end, text.substring(streetStart, end),
					withPostcode > 0 ? 0.95 : 0.85));
			i = end;
		}
	}

	/** The start of the street name ending at {@code end}, or -1 when the words there are no street name. */
	private int streetStart(String text, int end, boolean yearLike) {
		int start = -1;
		boolean street = false;
		int wordEnd = end;
		for (int words = 0; words < 6; words++) {
			int wordStart = streetWordStart(text, wordEnd);
			if (wordStart == wordEnd) {
				break;
			}
			String word = WordLists.lower(text, wordStart, wordEnd);
			boolean capitalised = Character.isUpperCase(text.charAt(wordStart)) || word.startsWith("'s-");
			if (!capitalised && !PARTICLES.contains(word) || capitalised && lists.isCommonWord(word)) {
				break;
			}
			if (capitalised) {
				start = wordStart;
				street |= words == 0 && hasStreetEnding(word, yearLike) || STREET_WORDS.contains(word);
			}
			if (wordStart < 2 || text.charAt(wordStart - 1) != ' ') {
				break;
			}
			wordEnd = wordStart - 1;
		}
		return street ? start : -1;
	}

	/** Street words may hold hyphens, dots and apostrophes: "'s-Gravendijkwal", "St.-Jacobsstraat". */
	private static int streetWordStart(String text, int end) {
		int i = end;
		while (i > 0) {
			char c = text.charAt(i - 1);
			if (!(Chars.isLetter(c) || c == '-' || c == '\'' || c == '.' && i < end)) {
				break;
			}
			i--;
		}
		return i;
	}

	private static boolean hasStreetEnding(String word, boolean yearLike) {
		if (word.endsWith("ering")) {
			return false;
		}
		for (String ending : yearLike ? CLEAR_ENDINGS : ENDINGS) {
			if (word.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isYearLike(String text, int start, int end) {
		return end - start == 4 && (text.startsWith("19", start) || text.startsWith("20", start));
	}

}
