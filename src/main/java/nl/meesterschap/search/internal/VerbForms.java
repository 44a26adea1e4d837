package nl.meesterschap.search.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The regular (weak) Dutch verb forms of a word someone typed, so that a query in the infinitive or the present
 * tense also finds stories told in the past tense: "regelen" and "regelt" find "regelde", "regelden" and "geregeld";
 * "schamen" finds "schaamde"; "reizen" finds "reisde". The Snowball stemmer does not join these forms. The rules are
 * those of regular verbs (a vowel written double in the stem of an open syllable, no doubled end consonant, z and v
 * at the end becoming s and f, 't kofschip for -te or -de). Irregular (strong) verbs are left alone. Where the rules
 * leave a choice (the infinitive of "reist": reisen or reizen), both are made: the caller keeps only forms that occur
 * in the index, so a form that does not exist costs nothing.
 */
final class VerbForms {

	private static final String VOWELS = "aeiou";

	private static final List<String> INSEPARABLE = List.of("be", "ge", "ver", "ont", "her", "er");

	private VerbForms() {
	}

	/** Other forms of the word as a regular verb, without the word itself; empty for words that cannot be one. */
	static List<String> of(String folded) {
		if (folded.length() < 5 || !folded.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
			return List.of();
		}
		Set<String> forms = new LinkedHashSet<>();
		if (folded.endsWith("en")) {
			String root = folded.substring(0, folded.length() - 2);
			if (root.length() >= 3 && consonant(last(root))) {
				forms.addAll(conjugate(stemOf(root), voiceless(root)));
			}
		}
		else if (folded.endsWith("t") && !folded.endsWith("tt")) {
			String stem = folded.substring(0, folded.length() - 1);
			if (stem.length() >= 3 && consonant(last(stem))) {
				forms.addAll(conjugate(stem, voiceless(stem)));
				if (last(stem) == 's' || last(stem) == 'f') {
					forms.addAll(conjugate(stem, false)); // reist may be reizen (reisde), leeft is leven (leefde)
				}
				forms.addAll(infinitives(stem));
			}
		}
		forms.remove(folded);
		return List.copyOf(forms);
	}

	/** The stem of an infinitive without -en: "bell" → "bel", "scham" → "schaam", "reiz" → "reis", "regel" stays. */
	static String stemOf(String root) {
		int n = root.length();
		String stem = root;
		if (root.charAt(n - 1) == root.charAt(n - 2)) {
			stem = root.substring(0, n - 1);
		}
		else if (openSyllable(root)) {
			stem = root.substring(0, n - 1) + root.charAt(n - 2) + root.charAt(n - 1);
		}
		if (stem.endsWith("z")) {
			return stem.substring(0, stem.length() - 1) + "s";
		}
		return stem.endsWith("v") ? stem.substring(0, stem.length() - 1) + "f" : stem;
	}

	/** Present tense, past tense (singular and plural) and past participle of a stem. */
	private static List<String> conjugate(String stem, boolean voiceless) {
		String past = voiceless ? "te" : "de";
		String participle = (prefixed(stem) ? "" : "ge") + stem
				+ (stem.endsWith("t") || stem.endsWith("d") ? "" : voiceless ? "t" : "d");
		String present = stem.endsWith("t") ? stem : stem + "t";
		return List.of(stem, present, stem + past, stem + past + "n", participle);
	}

	/** The infinitives a present-tense stem may come from: "schaam" → schamen, "bel" → bellen, belen; "reis" → reizen. */
	private static Set<String> infinitives(String stem) {
		Set<String> roots = new LinkedHashSet<>();
		int n = stem.length();
		char end = last(stem);
		boolean doubleVowel = n >= 4 && stem.charAt(n - 2) == stem.charAt(n - 3) && vowel(stem.charAt(n - 2))
				&& (n < 5 || !vowel(stem.charAt(n - 4)));
		if (doubleVowel) {
			roots.add(stem.substring(0, n - 2) + end);
		}
		else {
			roots.add(stem + end);
			roots.add(stem);
		}
		Set<String> infinitives = new LinkedHashSet<>();
		for (String root : roots) {
			infinitives.add(root + "en");
			if (end == 's') {
				infinitives.add(root.substring(0, root.length() - 1) + "zen");
			}
			else if (end == 'f') {
				infinitives.add(root.substring(0, root.length() - 1) + "ven");
			}
		}
		return infinitives;
	}

	/** A single vowel (not i) followed by one consonant before -en; an unstressed e in a longer word stays single. */
	private static boolean openSyllable(String root) {
		int n = root.length();
		char vowel = root.charAt(n - 2);
		if (!vowel(vowel) || vowel == 'i' || n >= 3 && vowel(root.charAt(n - 3))) {
			return false;
		}
		return vowel != 'e' || root.substring(0, n - 2).chars().noneMatch(c -> vowel((char) c));
	}

	/** 't kofschip: a stem ending in t, k, f, s, ch or p takes -te and -t; z and v count as voiced. */
	private static boolean voiceless(String stemOrRoot) {
		char end = last(stemOrRoot);
		return "tkfsp".indexOf(end) >= 0 || stemOrRoot.endsWith("ch");
	}

	private static boolean prefixed(String stem) {
		return INSEPARABLE.stream().anyMatch(prefix -> stem.startsWith(prefix) && stem.length() > prefix.length() + 2);
	}

	private static char last(String word) {
		return word.charAt(word.length() - 1);
	}

	private static boolean vowel(char c) {
		return VOWELS.indexOf(c) >= 0;
	}

	private static boolean consonant(char c) {
		return c >= 'a' && c <= 'z' && !vowel(c);
	}

}
