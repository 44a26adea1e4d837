package nl.meesterschap.privacy.internal;

import java.util.List;
import java.util.Set;

import nl.meesterschap.privacy.Finding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.internal.NameContext.Before;

/**
 * Finds names of people. It only looks at capitalised words, and counts one as (part of) a name when:
 * <ul>
 * <li>a title precedes it: {@code dhr. Jansen}, {@code mevr. van der Berg}, {@code de heer P. de Groot};</li>
 * <li>it is one or more initials before a surname: {@code J.P. Bakker};</li>
 * <li>it is a known first name, alone or with a surname: {@code Fatima vertelde}, {@code Kees van den Heuvel};</li>
 * <li>it is a first name that is also a Dutch word ({@code Roos}, {@code Mark}) with a role before it ({@code moeder
 * Roos}) or a listed surname after it ({@code Roos Jansen});</li>
 * <li>a family or client role precedes it: {@code moeder Sandra}, {@code vader Grietje}.</li>
 * </ul>
 * A title itself stays outside the finding, so "mevr. [naam]" keeps reading well. Capitalised ordinary words,
 * organisations and laws are never names; nor are streets or schools named after someone ({@code Jan van
 * Galenstraat}).
 */
final class PersonNameDetector implements Detector {

	/** Abbreviations written like initials: "N.V. IJsselcentrale", "N.B. Vergeet". */
	private static final Set<String> ABBREVIATIONS = Set.of("NV", "BV", "CV", "VOF", "NB", "PS", "BA", "MA", "AB");

	private final WordLists lists;

	private final NameParser parser;

	PersonNameDetector(WordLists lists) {
		this.lists = lists;
		this.parser = new NameParser(lists);
	}

	@Override
	public void detect(String text, List<Finding> out) {
		int n = text.length();
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			if (!Chars.isLetter(c) || !Chars.startsToken(text, i)) {
				i++;
				continue;
			}
			int end = Words.end(text, i);
			if (Character.isUpperCase(c) && !continuesCompound(text, i)) {
				Finding finding = nameAt(text, i, end);
				if (finding != null) {
					out.add(finding);
					end = finding.end();
				}
			}
			i = Math.max(end, i + 1);
		}
	}

	/** The name that the capitalised word {@code text[start, end)} starts or ends, if any. */
	private Finding nameAt(String text, int start, int end) {
		if (NameParser.initialEnd(text, start) > 0) {
			return initialsName(text, start);
		}
		int phraseStart = NameParser.particlesBefore(text, start);
		Before before = NameContext.before(text, phraseStart);
		if (before == Before.NOT_A_PERSON) {
			return null;
		}
		if (before == Before.ROLE && phraseStart < start) {
			before = Before.NONE; // "leerling van den Hoofdcursus": after a role, "van" means "of"
			phraseStart = start;
		}
		if (before != Before.NONE) {
			int nameEnd = parser.nameEnd(text, phraseStart, before == Before.TITLE);
			if (nameEnd > 0) {
				double confidence = before == Before.TITLE ? 0.95 : parser.isFirstName(text, start, end) ? 0.9 : 0.75;
				int withSecond = before == Before.TITLE ? parser.secondSurnameEnd(text, nameEnd) : nameEnd;
				return finding(text, phraseStart, withSecond, confidence);
			}
			if (nameEnd == NameParser.NOT_A_NAME) {
				return null;
			}
		}
		if (Words.isAcronym(text, start, end)) {
			return null;
		}
		String word = WordLists.lower(text, start, end);
		if (lists.isFirstName(word)) {
			int nameEnd = parser.nameEnd(text, start, false);
			return nameEnd == NameParser.NOT_A_NAME ? null : finding(text, start, nameEnd, nameEnd > end ? 0.9 : 0.8);
		}
		if (lists.isAmbiguousFirstName(word)) {
			int next = Words.nextAfterSpace(text, end);
			int surnameEnd = next > 0 ? parser.surnameEnd(text, next, false) : -1;
			if (surnameEnd < 0) {
				return null;
			}
			String surname = WordLists.lower(text, next, Words.end(text, next));
			boolean convincing = lists.isSurname(surname) || NameContext.isParticle(surname);
			return convincing ? finding(text, start, surnameEnd, 0.85) : null;
		}
		return null;
	}

	/** Initials and a surname: "J.P. Bakker", "P. de Groot". One initial needs context or a known surname. */
	private Finding initialsName(String text, int start) {
		int i = start;
		int initials = 0;
		for (int next = NameParser.initialEnd(text, i); next > 0 && initials < 6;
				next = NameParser.initialEnd(text, i)) {
			initials++;
			i = next;
			if (i + 1 < text.length() && text.charAt(i) == ' ' && NameParser.initialEnd(text, i + 1) > 0) {
				i++;
			}
		}
		if (ABBREVIATIONS.contains(text.substring(start, i).replace(".", "").replace(" ", ""))) {
			return null;
		}
		int surnameStart = Words.nextAfterSpace(text, i);
		int end = surnameStart > 0 ? parser.surnameEnd(text, surnameStart, false) : -1;
		if (end < 0) {
			return null;
		}
		String first = WordLists.lower(text, surnameStart, Words.end(text, surnameStart));
		Before before = NameContext.before(text, start);
		boolean convincing = initials > 1 || before == Before.TITLE || before == Before.ROLE
				|| NameContext.isParticle(first) || lists.isSurname(first);
		double confidence = before == Before.TITLE ? 0.95 : 0.9;
		return convincing ? finding(text, start, parser.secondSurnameEnd(text, end), confidence) : null;
	}

	/** Whether the word at {@code start} is the second part of a compound such as "Noord-Holland". */
	private static boolean continuesCompound(String text, int start) {
		return start >= 2 && text.charAt(start - 1) == '-' && Chars.isLetter(text.charAt(start - 2));
	}

	private static Finding finding(String text, int start, int end, double confidence) {
		return new Finding(FindingType.PERSON_NAME, start, end, text.substring(start, end), confidence);
	}

}
