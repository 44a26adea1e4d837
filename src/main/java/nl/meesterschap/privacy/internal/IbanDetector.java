package nl.meesterschap.privacy.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.FindingType;

/**
 * Finds bank account numbers in IBAN form (ISO 13616): a known country code, the length that country uses and a
 * valid mod-97 check. Upper or lower case, written as one run or in groups of four split by single spaces
 * ({@code NL91 ABNA 0417 1643 00}). A number failing the check is no finding.
 */
final class IbanDetector implements Detector {

	/** IBAN lengths per country, from the SWIFT IBAN registry; MA (Morocco) is in use but not in the registry. */
	private static final Map<String, Integer> LENGTHS = Map.ofEntries(Map.entry("AD", 24), Map.entry("AE", 23),
			Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16),
			Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BI", 27), Map.entry("BR", 29), Map.entry("BY", 28),
			Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
			Map.entry("DJ", 27), Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
			Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
			Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28),
			Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23),
			Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
			Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
			Map.entry("LV", 21), Map.entry("LY", 25), Map.entry("MA", 28), Map.entry("MC", 27), Map.entry("MD", 24),
			Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30),
			Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29),
			Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24),
			Map.entry("SC", 31), Map.entry("SD", 18), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
			Map.entry("SM", 27), Map.entry("SO", 23), Map.entry("ST", 25), Map.entry("SV", 28), Map.entry("TL", 23),
			Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24),
			Map.entry("XK", 20));

	@Override
	public void detect(String text, List<Finding> out) {
		int n = text.length();
		int i = 0;
		while (i + 3 < n) {
			if (Chars.isDigit(text.charAt(i + 2)) && Chars.isDigit(text.charAt(i + 3))
					&& Chars.isAsciiLetter(text.charAt(i)) && Chars.isAsciiLetter(text.charAt(i + 1))
					&& Chars.startsToken(text, i)) {
				int end = matchEnd(text, i);
				if (end > 0) {
					String match = text.substring(i, end);
					double confidence = match.regionMatches(true, 0, "NL", 0, 2) ? 0.99 : 0.95;
					out.add(new Finding(FindingType.IBAN, i, end, match, confidence));
					i = end;
					continue;
				}
			}
			i++;
		}
	}

	/** The end of an IBAN starting at {@code start}, or -1. */
	private static int matchEnd(String text, int start) {
		String country = text.substring(start, start + 2).toUpperCase(Locale.ROOT);
		Integer length = LENGTHS.get(country);
		if (length == null) {
			return -1;
		}
		StringBuilder iban = new StringBuilder(length);
		int n = text.length();
		int i = start;
		while (iban.length() < length && i < n) {
			char c = text.charAt(i);
			if (Chars.isDigit(c) || Chars.isAsciiLetter(c)) {
				iban.append(Character.toUpperCase(c));
				i++;
			}
			else if (c == ' ' && iban.length() % 4 == 0 && i + 1 < n && Chars.isLetterOrDigit(text.charAt(i + 1))) {
				i++;
			}
			else {
				break;
			}
		}
		boolean valid = iban.length() == length && Chars.endsToken(text, i) && hasValidBban(iban)
				&& passesMod97(iban);
		return valid ? i : -1;
	}

	/** Dutch account numbers have a four-letter bank code and ten digits; other countries get the checksum only. */
	private static boolean hasValidBban(CharSequence iban) {
		if (!(iban.charAt(0) == 'N' && iban.charAt(1) == 'L')) {
			return true;
		}
		for (int i = 4; i < 18; i++) {
			char c = iban.charAt(i);
			if (i < 8 ? !Chars.isAsciiUpper(c) : !Chars.isDigit(c)) {
				return false;
			}
		}
		return true;
	}

	/** ISO 13616: move the first four chars to the end, read letters as 10..35, and the number mod 97 must be 1. */
	static boolean passesMod97(CharSequence iban) {
		int length = iban.length();
		int remainder = 0;
		for (int k = 0; k < length; k++) {
			char c = Character.toUpperCase(iban.charAt((k + 4) % length));
			if (Chars.isDigit(c)) {
				remainder = (remainder * 10 + (c - '0')) % 97;
			}
			else if (Chars.isAsciiUpper(c)) {
				remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
			}
			else {
				return false;
			}
		}
		return remainder == 1;
	}

}
