package nl.meesterschap.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.meesterschap.search.internal.DutchAnalysis.Word;

/**
 * The curated synonym groups (synonyms.txt), matched against a query's words. Words are compared by their
 * stems, so "schuld" in a query matches the group that lists "schulden". Where groups overlap, the longest
 * phrase that matches wins ("zonder vaste woon- of verblijfplaats" before "zonder").
 */
final class Synonyms {

	private final List<List<List<Word>>> groups = new ArrayList<>();

	/** Expressions by the stem of their first word. */
	private final Map<String, List<Entry>> byFirstStem = new HashMap<>();

	Synonyms(List<String> lines, DutchAnalysis analysis) {
		for (String line : lines) {
			List<List<Word>> group = new ArrayList<>();
			for (String expression : line.split(",")) {
				List<Word> words = analysis.words(expression);
				if (!words.isEmpty() && group.stream().noneMatch(other -> stems(other).equals(stems(words)))) {
					group.add(words);
				}
			}
			if (group.size() < 2) {
				continue;
			}
			int id = groups.size();
			groups.add(group);
			group.forEach(words -> byFirstStem.computeIfAbsent(words.get(0).stem(), k -> new ArrayList<>())
				.add(new Entry(stems(words), id)));
		}
	}

	static Synonyms load(DutchAnalysis analysis) {
		return new Synonyms(WordLists.lines("synonyms.txt"), analysis);
	}

	int size() {
		return groups.size();
	}

	/**
	 * The synonym matches in a query's words, left to right, longest first, without overlaps. Each match says which
	 * words it covers and every expression of the groups it belongs to.
	 */
	List<Match> match(List<Word> query) {
		List<String> stems = stems(query);
		List<Match> matches = new ArrayList<>();
		int at = 0;
		while (at < stems.size()) {
			int longest = 0;
			Set<Integer> matched = new LinkedHashSet<>();
			for (Entry entry : byFirstStem.getOrDefault(stems.get(at), List.of())) {
				int length = entry.stems().size();
				if (length >= longest && at + length <= stems.size()
						&& stems.subList(at, at + length).equals(entry.stems())) {
					if (length > longest) {
						longest = length;
						matched.clear();
					}
					matched.add(entry.group());
				}
			}
			if (longest == 0) {
				at++;
				continue;
			}
			Set<List<Word>> alternatives = new LinkedHashSet<>();
			matched.forEach(group -> alternatives.addAll(groups.get(group)));
			matches.add(new Match(at, at + longest, List.copyOf(alternatives)));
			at += longest;
		}
		return matches;
	}

	private static List<String> stems(List<Word> words) {
		return words.stream().map(Word::stem).toList();
	}

	private record Entry(List<String> stems, int group) {
	}

	/** Words {@code [from, to)} of the query match synonym groups with these expressions. */
	record Match(int from, int to, List<List<Word>> alternatives) {
	}

}
