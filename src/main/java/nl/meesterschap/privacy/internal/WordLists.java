package nl.meesterschap.privacy.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists that the name and address detectors consult, read from {@code src/main/resources/privacy}. Entries
 * are kept lower case ({@link Locale#ROOT}); look words up with {@link #lower(String, int, int)}.
 *
 * @param firstNames first names that are no Dutch word, so they count on their own ("Fatima vertelde")
 * @param ambiguousFirstNames first names that are also Dutch words ("Roos", "Mark"), which need more context
 * @param surnames common surnames in the Netherlands
 * @param commonWords ordinary words, organisations and laws that are never a name or street ("Daarna", "Wmo")
 */
record WordLists(Set<String> firstNames, Set<String> ambiguousFirstNames, Set<String> surnames,
		Set<String> commonWords) {

	private static final WordLists STANDARD = new WordLists(read("first-names.txt"), read("ambiguous-first-names.txt"),
			read("surnames.txt"), read("common-words.txt"));

	/** The lists shipped with the application, read once. */
	static WordLists standard() {
		return STANDARD;
	}

	boolean isFirstName(String lower) {
		return firstNames.contains(lower);
	}

	boolean isAmbiguousFirstName(String lower) {
		return ambiguousFirstNames.contains(lower);
	}

	boolean isSurname(String lower) {
		return surnames.contains(lower);
	}

	boolean isCommonWord(String lower) {
		return commonWords.contains(lower);
	}

	static String lower(String text, int start, int end) {
		return text.substring(start, end).toLowerCase(Locale.ROOT);
	}

	/** One entry a line; blank lines and lines starting with '#' are skipped. */
	static Set<String> read(String name) {
		String resource = "/privacy/" + name;
		try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing word list " + resource);
			}
			Set<String> words = new HashSet<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
			return Set.copyOf(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read word list " + resource, ex);
		}
	}

}
