package nl.meesterschap.learning.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** RFC 5646 language tags: validity, and choosing the best language of a language map for an Accept-Language. */
public final class LanguageTags {

	private static final Pattern LANGUAGE_TAG = Pattern.compile("(?i)(?:"
			+ "(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})" + "(?:-[a-z]{4})?" + "(?:-(?:[a-z]{2}|[0-9]{3}))?"
			+ "(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*" + "(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*"
			+ "(?:-x(?:-[a-z0-9]{1,8})+)?" + "|x(?:-[a-z0-9]{1,8})+" + "|en-GB-oed|i-[a-z]{2,9}|sgn-[a-z]{2}-[a-z]{2})");

	private LanguageTags() {
	}

	/** Well-formed, and (RFC 5646 section 2.2.6) no extension singleton used twice. */
	public static boolean valid(String tag) {
		if (!LANGUAGE_TAG.matcher(tag).matches()) {
			return false;
		}
		Set<String> singletons = new HashSet<>();
		String[] subtags = tag.toLowerCase(Locale.ROOT).split("-");
		for (int i = 1; i < subtags.length; i++) {
			if (subtags[i].equals("x")) {
				break;
			}
			if (subtags[i].length() == 1 && !singletons.add(subtags[i])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The key of {@code available} that best suits the Accept-Language header: the highest-weighted range that
	 * matches exactly or as a prefix, else the first key (a language map is returned with one language anyway).
	 */
	public static Optional<String> best(List<String> available, String acceptLanguage) {
		if (available.isEmpty()) {
			return Optional.empty();
		}
		for (String range : ranges(acceptLanguage)) {
			if (range.equals("*")) {
				return Optional.of(available.get(0));
			}
			for (String key : available) {
				if (key.equalsIgnoreCase(range)) {
					return Optional.of(key);
				}
			}
			for (String key : available) {
				String lower = key.toLowerCase(Locale.ROOT);
				if (lower.startsWith(range + "-") || range.startsWith(lower + "-")) {
					return Optional.of(key);
				}
			}
		}
		return Optional.of(available.get(0));
	}

	private static List<String> ranges(String acceptLanguage) {
		record Range(String tag, double weight, int position) {
		}
		List<Range> ranges = new ArrayList<>();
		if (acceptLanguage == null) {
			return List.of();
		}
		String[] parts = acceptLanguage.split(",");
		for (int i = 0; i < parts.length; i++) {
			String[] pieces = parts[i].trim().split(";");
			double weight = 1.0;
			for (int p = 1; p < pieces.length; p++) {
				String parameter = pieces[p].trim();
				if (parameter.startsWith("q=")) {
					try {
						weight = Double.parseDouble(parameter.substring(2));
					}
					catch (NumberFormatException e) {
						weight = 0;
					}
				}
			}
			if (!pieces[0].isBlank() && weight > 0) {
				ranges.add(new Range(pieces[0].trim().toLowerCase(Locale.ROOT), weight, i));
			}
		}
		ranges.sort(Comparator.comparingDouble(Range::weight).reversed().thenComparingInt(Range::position));
		return ranges.stream().map(Range::tag).toList();
	}

}
