package nl.meesterschap.privacy.internal;

import java.util.List;
import java.util.Set;

/**
 * The small closed vocabularies around Dutch names: titles ("mevr.", "de heer"), family and client roles ("moeder",
 * "cliënt"), and particles ("van der", "el"). Names themselves come from {@link WordLists}.
 */
final class NameContext {

	/** What the word before a name says about it. */
	enum Before {
		/** A title or form of address: the next capitalised word is a name. */
		TITLE,
		/** A family or client role: a first name or capitalised word after it is a name. */
		ROLE,
		/** A saint, royal or noble title: what follows names a place, church or public figure ("Sint Maarten"). */
		NOT_A_PERSON,
		NONE
	}

	static final int LONGEST_PARTICLE = 5;

	private static final int LONGEST_TITLE_OR_ROLE = 14;

	private static final Set<String> TITLES = Set.of("dhr", "mevr", "mw", "mevrouw", "meneer", "mijnheer", "mnr", "mej",
			"juf", "juffrouw", "meester", "mr", "dr", "drs", "ir", "ing", "prof", "fam", "familie", "gezin", "zuster",
			"dokter", "ds", "dominee", "pastoor", "imam", "wijlen");

	/** Titles written as abbreviations; only these may end in a dot ("mevr." but not "mevrouw." at a sentence end). */
	private static final Set<String> ABBREVIATED = Set.of("dhr", "mevr", "mw", "mnr", "mej", "mr", "dr", "drs", "ir",
			"ing", "prof", "fam", "ds", "st");

	private static final Set<String> ROLES = Set.of("moeder", "vader", "zoon", "dochter", "cliënt", "client", "cliënte",
			"cliente", "broer", "broertje", "zus", "zusje", "oma", "opa", "tante", "oom", "neef", "nicht", "partner",
			"echtgenoot", "echtgenote", "man", "vrouw", "vriend", "vriendin", "vriendje", "vriendinnetje", "buurman",
			"buurvrouw", "buren", "stiefvader", "stiefmoeder", "stiefzoon", "stiefdochter", "pleegmoeder", "pleegvader",
			"pleegzoon", "pleegdochter", "pleegkind", "kind", "baby", "peuter", "kleuter", "puber", "jongere",
			"zoontje", "dochtertje", "mantelzorger", "ex", "schoonmoeder", "schoonvader", "schoonzoon", "schoondochter",
			"kleinzoon", "kleindochter", "mama", "papa", "mam", "pap", "jongen", "meisje", "leerling", "bewoner",
			"huurder", "deelnemer", "aanvrager", "verzoeker", "betrokkene", "weduwe", "weduwnaar", "tweelingbroer",
			"tweelingzus", "halfbroer", "halfzus", "klasgenoot", "collega", "werkgever", "begeleider");

	private static final Set<String> NOT_A_PERSON = Set.of("sint", "st", "heilige", "koning", "koningin", "prins",
			"prinses", "keizer", "keizerin", "paus", "graaf", "gravin", "hertog", "hertogin");

	private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "ter", "ten", "la", "le",
			"du", "da", "dos", "das", "di", "del", "della", "von", "el", "al", "bin", "bint", "ibn", "abu", "ait",
			"ou");

	/** Name-like words ending so are streets, schools or organisations, unless listed as a surname. */
	private static final List<String> NON_NAME_ENDINGS = List.of("straat", "laan", "weg", "plein", "gracht", "singel",
			"kade", "dreef", "steeg", "school", "college", "lyceum", "ziekenhuis", "centrum", "kliniek", "zorg", "hulp",
			"huis", "team", "instituut", "stichting", "wet", "fonds", "groep", "kerk", "moskee", "park");

	private NameContext() {
	}

	static boolean isParticle(String lower) {
		return PARTICLES.contains(lower);
	}

	static boolean hasNonNameEnding(String lower) {
		for (String ending : NON_NAME_ENDINGS) {
			if (lower.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

	/** What the word before {@code pos} (after spaces, with a trailing dot as in "mevr.") says about a name there. */
	static Before before(String text, int pos) {
		int end = pos;
		while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u00a0') && pos - end < 2) {
			end--;
		}
		if (end == pos) {
			return Before.NONE;
		}
		int wordEnd = end > 0 && text.charAt(end - 1) == '.' ? end - 1 : end;
		int start = Words.start(text, wordEnd);
		if (start == wordEnd || wordEnd - start > LONGEST_TITLE_OR_ROLE) {
			return Before.NONE;
		}
		String word = WordLists.lower(text, start, wordEnd);
		if (wordEnd < end && !ABBREVIATED.contains(word)) {
			return Before.NONE; // "... van mevrouw. Mijn teamleider": the dot ends a sentence
		}
		if (word.equals("heer")) {
			return start >= 3 && text.regionMatches(true, start - 3, "de ", 0, 3) ? Before.TITLE : Before.NONE;
		}
		if (TITLES.contains(word)) {
			return Before.TITLE;
		}
		if (NOT_A_PERSON.contains(word)) {
			return Before.NOT_A_PERSON;
		}
		return wordEnd == end && ROLES.contains(word) ? Before.ROLE : Before.NONE;
	}

}
