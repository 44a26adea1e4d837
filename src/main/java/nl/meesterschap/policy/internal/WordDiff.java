package nl.meesterschap.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * A word-level difference between two texts as plain segments (text plus kind), so a page can show them as
 * {@code <del>} and {@code <ins>} with escaped text, never as markup built from user text.
 */
public final class WordDiff {

	/** Words (with inner hyphens and apostrophes), runs of white space, or any single other character. */
	private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+(?:[’'-][\\p{L}\\p{N}]+)*|.",
			Pattern.DOTALL);

	private WordDiff() {
	}

	public static List<Segment> of(String before, String after) {
		List<String> from = tokens(before);
		List<String> to = tokens(after);
		List<Chunk> chunks = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
			int start = delta.getSource().getPosition();
			if (start > position) {
				chunks.add(Chunk.same(String.join("", from.subList(position, start))));
			}
			add(chunks, new Chunk(null, String.join("", delta.getSource().getLines()),
					String.join("", delta.getTarget().getLines())));
			position = start + delta.getSource().size();
		}
		if (position < from.size()) {
			chunks.add(Chunk.same(String.join("", from.subList(position, from.size()))));
		}
		return chunks.stream().flatMap(chunk -> chunk.segments().stream()).toList();
	}

	/** Line by line (for lists such as examples): changed lines get a word diff, whole lines are added or removed. */
	public static List<List<Segment>> lines(List<String> before, List<String> after) {
		List<List<Segment>> lines = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
			int start = delta.getSource().getPosition();
			before.subList(position, start).forEach(line -> lines.add(List.of(new Segment(line, Kind.SAME))));
			List<String> removed = delta.getSource().getLines();
			List<String> added = delta.getTarget().getLines();
			for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
				if (i < removed.size() && i < added.size()) {
					lines.add(of(removed.get(i), added.get(i)));
				}
				else if (i < removed.size()) {
					lines.add(List.of(new Segment(removed.get(i), Kind.DELETED)));
				}
				else {
					lines.add(List.of(new Segment(added.get(i), Kind.INSERTED)));
				}
			}
			position = start + removed.size();
		}
		before.subList(position, before.size()).forEach(line -> lines.add(List.of(new Segment(line, Kind.SAME))));
		return lines;
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/** Joins "change, space, change" into one change, so a reworded phrase reads as one deletion and one insertion. */
	private static void add(List<Chunk> chunks, Chunk change) {
		int size = chunks.size();
		if (size >= 2 && chunks.get(size - 1).isBlankSame() && chunks.get(size - 2).same() == null) {
			String space = chunks.remove(size - 1).same();
			Chunk previous = chunks.remove(size - 2);
			chunks.add(new Chunk(null, previous.deleted() + space + change.deleted(),
					previous.inserted() + space + change.inserted()));
		}
		else {
			chunks.add(change);
		}
	}

	public enum Kind {
		SAME, INSERTED, DELETED
	}

	/** A piece of text that stayed, was added or was removed. */
	public record Segment(String text, Kind kind) {
	}

	private record Chunk(@org.jspecify.annotations.Nullable String same, String deleted, String inserted) {

		static Chunk same(String text) {
			return new Chunk(text, "", "");
		}

		boolean isBlankSame() {
			return same != null && same.isBlank();
		}

		List<Segment> segments() {
			if (same != null) {
				return List.of(new Segment(same, Kind.SAME));
			}
			List<Segment> segments = new ArrayList<>(2);
			if (!deleted.isEmpty()) {
				segments.add(new Segment(deleted, Kind.DELETED));
			}
			if (!inserted.isEmpty()) {
				segments.add(new Segment(inserted, Kind.INSERTED));
			}
			return segments;
		}

	}

}
