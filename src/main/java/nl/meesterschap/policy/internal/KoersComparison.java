package nl.meesterschap.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.meesterschap.policy.Principle;

/**
 * What changed between two versions of a koers: principles added, reworded (same code, different title, domain,
 * explanation, practice or examples) and removed. A new order alone is no change.
 */
public record KoersComparison(List<Principle> added, List<Reworded> reworded, List<Principle> removed) {

	public static KoersComparison between(List<Principle> before, List<Principle> after) {
		Map<String, Principle> old = before.stream().collect(Collectors.toMap(Principle::code, Function.identity()));
		Map<String, Principle> now = after.stream().collect(Collectors.toMap(Principle::code, Function.identity()));
		List<Principle> added = new ArrayList<>();
		List<Reworded> reworded = new ArrayList<>();
		for (Principle principle : after) {
			Principle previous = old.get(principle.code());
			if (previous == null) {
				added.add(principle);
			}
			else if (!previous.equals(principle)) {
				reworded.add(Reworded.of(previous, principle));
			}
		}
		List<Principle> removed = before.stream().filter(p -> !now.containsKey(p.code())).toList();
		return new KoersComparison(List.copyOf(added), List.copyOf(reworded), removed);
	}

	public List<String> addedCodes() {
		return added.stream().map(Principle::code).toList();
	}

	public List<String> rewordedCodes() {
		return reworded.stream().map(r -> r.after().code()).toList();
	}

	public List<String> removedCodes() {
		return removed.stream().map(Principle::code).toList();
	}

	public boolean isEmpty() {
		return added.isEmpty() && reworded.isEmpty() && removed.isEmpty();
	}

	/** A principle with the same code and other words; {@code fields} holds each changed text as a word diff. */
	public record Reworded(Principle before, Principle after, List<FieldChange> fields, boolean domainChanged,
			List<List<WordDiff.Segment>> examples) {

		static Reworded of(Principle before, Principle after) {
			List<FieldChange> fields = new ArrayList<>();
			field(fields, "title", before.title(), after.title());
			field(fields, "explanation", before.explanation(), after.explanation());
			field(fields, "inPractice", before.inPractice(), after.inPractice());
			List<List<WordDiff.Segment>> examples = before.examples().equals(after.examples()) ? List.of()
					: WordDiff.lines(before.examples(), after.examples());
			return new Reworded(before, after, List.copyOf(fields), !Objects.equals(before.domain(), after.domain()),
					examples);
		}

		private static void field(List<FieldChange> fields, String name, String before, String after) {
			if (!before.equals(after)) {
				fields.add(new FieldChange(name, WordDiff.of(before, after)));
			}
		}

	}

	/** One changed text field of a principle (title, explanation or inPractice). */
	public record FieldChange(String field, List<WordDiff.Segment> segments) {
	}

}
