package nl.meesterschap.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

import nl.meesterschap.search.internal.DutchAnalysis.Word;

/**
 * "Bedoelde je ...?": a word that occurs nowhere in the index (as written, folded, nor as another form of the same
 * regular verb) is replaced by the closest indexed word (fewest typing errors, at most one, two for longer words;
 * then the most common) that starts with the same letter. The caller
 * offers the corrected query only if it finds something the person may see, so a suggestion never reveals a
 * word from an item they may not read.
 */
final class Spelling {

	/** The corrected text, or null when every word is known or no correction is found. */
	@Nullable String correct(IndexSearcher searcher, List<Word> words) {
		try {
			Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.PLAIN);
			if (terms == null) {
				return null;
			}
			List<String> corrected = new ArrayList<>();
			boolean changed = false;
			for (Word word : words) {
				String replacement = word.stop() || word.folded().length() < 4 || known(searcher, word.folded()) ? null
						: closest(terms, word.folded());
				corrected.add(replacement == null ? word.folded() : replacement);
				changed |= replacement != null;
			}
			return changed ? String.join(" ", corrected) : null;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** In the index as written, or as another form of the same regular verb ("regelen" when only "regelde" is). */
	private static boolean known(IndexSearcher searcher, String word) throws IOException {
		if (searcher.getIndexReader().docFreq(new Term(Fields.PLAIN, word)) > 0) {
			return true;
		}
		for (String form : VerbForms.of(word)) {
			if (searcher.getIndexReader().docFreq(new Term(Fields.PLAIN, form)) > 0) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String closest(Terms terms, String word) throws IOException {
		int maxEdits = word.length() <= 5 ? 1 : 2;
		FuzzyTermsEnum candidates = new FuzzyTermsEnum(terms, new Term(Fields.PLAIN, word), maxEdits, 1, true);
		String best = null;
		int bestFreq = 0;
		int bestDistance = Integer.MAX_VALUE;
		for (BytesRef term = candidates.next(); term != null; term = candidates.next()) {
			String candidate = term.utf8ToString();
			int distance = distance(word, candidate);
			int freq = candidates.docFreq();
			if (distance < bestDistance || (distance == bestDistance && freq > bestFreq)) {
				best = candidate;
				bestFreq = freq;
				bestDistance = distance;
			}
		}
		return best;
	}

	/** Edit distance with swaps of neighbours counted as one (Damerau, optimal string alignment). */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
