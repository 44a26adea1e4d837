package nl.meesterschap.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the word lists under {@code src/main/resources/search/}: one entry a line, {@code #} starts a comment. */
final class WordLists {

	private WordLists() {
	}

	static List<String> lines(String resource) {
		List<String> lines = new ArrayList<>();
		try (InputStream in = WordLists.class.getResourceAsStream("/search/" + resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing word list search/" + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String entry = line.strip();
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					lines.add(entry);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return lines;
	}

	/** Lower case without accents, as the analysers see words: "Cliënt" becomes "client". */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "");
	}

}
