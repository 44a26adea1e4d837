package nl.meesterschap.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

import nl.meesterschap.search.internal.DutchAnalysis.Word;

/**
 * Turns what a person typed into a Lucene query. Each loose word (or synonym phrase) is one group: the word in
 * title, tags, principles and body (best field counts), its synonyms a little lower, and for a compound also all
 * of its parts together (so "schuldhulpverlening" also finds "hulp bij schulden"). Most groups must match: all of
 * one or two, all but one of three or four, 60% of more. A typed verb also matches its other regular forms that
 * occur in the index ("regelen" finds "regelde"). Quoted phrases must match exactly. The fuzzy variant replaces
 * words by words within one or two typing errors, for when nothing matched.
 */
final class TextQueries {

	static final float SYNONYM_BOOST = 0.7f;

	static final float PARTS_BOOST = 0.8f;

	static final float VERB_FORM_BOOST = 0.8f;

	private final DutchAnalysis analysis;

	private final Synonyms synonyms;

	TextQueries(DutchAnalysis analysis, Synonyms synonyms) {
		this.analysis = analysis;
		this.synonyms = synonyms;
	}

	/** The query for the text, or null when nothing in it can be searched for (empty, or only stop words). */
	@Nullable Query query(QueryText text, boolean fuzzy) {
		return query(text, fuzzy, null);
	}

	/**
	 * As {@link #query(QueryText, boolean)}; with the index's {@code vocabulary} a typed verb also matches its other
	 * regular forms that occur in the index ({@link VerbForms}).
	 */
	@Nullable Query query(QueryText text, boolean fuzzy, @Nullable IndexReader vocabulary) {
		List<Query> groups = groups(words(text), fuzzy, vocabulary);
		List<Query> phrases = text.phrases().stream().map(this::phrase).filter(q -> q != null).toList();
		if (groups.isEmpty() && phrases.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		groups.forEach(group -> query.add(group, Occur.SHOULD));
		phrases.forEach(phrase -> query.add(phrase, Occur.MUST));
		if (!groups.isEmpty()) {
			query.setMinimumNumberShouldMatch(mustMatch(groups.size()));
		}
		return query.build();
	}

	/** The loose words of the text (at most {@link QueryText#MAX_WORDS}). */
	List<Word> words(QueryText text) {
		List<Word> words = analysis.words(text.loose());
		return words.size() > QueryText.MAX_WORDS ? words.subList(0, QueryText.MAX_WORDS) : words;
	}

	static int mustMatch(int groups) {
		if (groups <= 2) {
			return groups;
		}
		return groups <= 4 ? groups - 1 : (int) Math.ceil(groups * 0.6);
	}

	private List<Query> groups(List<Word> words, boolean fuzzy, @Nullable IndexReader vocabulary) {
		List<Query> groups = new ArrayList<>();
		List<Synonyms.Match> matches = fuzzy ? List.of() : synonyms.match(words);
		int next = 0;
		for (int at = 0; at < words.size();) {
			Synonyms.Match match = next < matches.size() && matches.get(next).from() == at ? matches.get(next++) : null;
			if (match != null) {
				List<Word> typed = words.subList(match.from(), match.to());
				groups.add(synonymGroup(typed, match.alternatives()));
				at = match.to();
				continue;
			}
			Word word = words.get(at++);
			if (!word.stop()) {
				groups.add(word(word, fuzzy, vocabulary));
			}
		}
		return groups;
	}

	private Query synonymGroup(List<Word> typed, List<List<Word>> alternatives) {
		BooleanQuery.Builder group = new BooleanQuery.Builder();
		Query original = expression(typed, true);
		if (original != null) {
			group.add(original, Occur.SHOULD);
		}
		List<String> typedStems = typed.stream().map(Word::stem).toList();
		for (List<Word> alternative : alternatives) {
			if (alternative.stream().map(Word::stem).toList().equals(typedStems)) {
				continue;
			}
			Query query = expression(alternative, false);
			if (query != null) {
				group.add(new BoostQuery(query, SYNONYM_BOOST), Occur.SHOULD);
			}
		}
		return group.build();
	}

	/**
	 * One word or a phrase of words (stop words leave a gap, as they do in the index). Only words the person typed
	 * are also searched as compound parts; a synonym's parts would wander too far ("geldzorgen" is not "geld" and
	 * "zorg" anywhere in a text).
	 */
	private @Nullable Query expression(List<Word> words, boolean withParts) {
		List<Word> meaningful = words.stream().filter(w -> !w.stop()).toList();
		if (meaningful.isEmpty()) {
			return null;
		}
		if (meaningful.size() == 1) {
			return withParts ? word(meaningful.get(0), false) : inFields(meaningful.get(0).stem(), false);
		}
		return phraseOf(words, 1);
	}

	/** A word in every searched field, and for a compound also its parts together. */
	Query word(Word word, boolean fuzzy) {
		return word(word, fuzzy, null);
	}

	private Query word(Word word, boolean fuzzy, @Nullable IndexReader vocabulary) {
		Query exact = inFields(word.stem(), fuzzy);
		if (fuzzy) {
			return exact;
		}
		List<String> forms = vocabulary == null ? List.of() : verbForms(word, vocabulary);
		if (!forms.isEmpty()) {
			BooleanQuery.Builder anyForm = new BooleanQuery.Builder().add(exact, Occur.SHOULD);
			forms.forEach(form -> anyForm.add(new BoostQuery(inFields(form, false), VERB_FORM_BOOST), Occur.SHOULD));
			exact = anyForm.build();
		}
		List<String> parts = analysis.decompounder().parts(word.folded());
		if (parts.isEmpty()) {
			return exact;
		}
		BooleanQuery.Builder allParts = new BooleanQuery.Builder();
		parts.stream().map(analysis::stem).distinct().forEach(part -> allParts.add(inFields(part, false), Occur.MUST));
		return new BooleanQuery.Builder().add(exact, Occur.SHOULD)
			.add(new BoostQuery(allParts.build(), PARTS_BOOST), Occur.SHOULD)
			.build();
	}

	/** The stems of the word's other regular verb forms that occur in the index (as written), at most a few. */
	private List<String> verbForms(Word word, IndexReader vocabulary) {
		List<String> stems = new ArrayList<>();
		try {
			for (String form : VerbForms.of(word.folded())) {
				String stem = analysis.stem(form);
				if (!stem.equals(word.stem()) && !stems.contains(stem)
						&& vocabulary.docFreq(new Term(Fields.PLAIN, form)) > 0) {
					stems.add(stem);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return stems;
	}

	private static Query inFields(String stem, boolean fuzzy) {
		List<Query> perField = new ArrayList<>();
		int edits = fuzzy ? edits(stem) : 0;
		for (Fields.Weighted field : Fields.SEARCHED) {
			Term term = new Term(field.name(), stem);
			Query query = edits > 0 ? new FuzzyQuery(term, edits, 1) : new TermQuery(term);
			perField.add(new BoostQuery(query, field.boost()));
		}
		return new DisjunctionMaxQuery(perField, 0.1f);
	}

	/** Typing errors allowed in a stem: none for short words, one up to six letters, two beyond. */
	static int edits(String stem) {
		return stem.length() < 4 ? 0 : stem.length() <= 6 ? 1 : 2;
	}

	/** An exact phrase between quotes. */
	private @Nullable Query phrase(String text) {
		List<Word> words = analysis.words(text);
		if (words.stream().filter(w -> !w.stop()).count() == 1) {
			return inFields(words.stream().filter(w -> !w.stop()).findFirst().orElseThrow().stem(), false);
		}
		return words.stream().anyMatch(w -> !w.stop()) ? phraseOf(words, 0) : null;
	}

	private static Query phraseOf(List<Word> words, int slop) {
		List<Query> perField = new ArrayList<>();
		for (Fields.Weighted field : Fields.SEARCHED) {
			PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
			for (int position = 0; position < words.size(); position++) {
				Word word = words.get(position);
				if (!word.stop()) {
					phrase.add(new Term(field.name(), word.stem()), position);
				}
			}
			perField.add(new BoostQuery(phrase.build(), field.boost()));
		}
		return new DisjunctionMaxQuery(perField, 0.1f);
	}

}
