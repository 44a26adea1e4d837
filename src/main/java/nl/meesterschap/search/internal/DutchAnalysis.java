package nl.meesterschap.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Dutch analysis chain, the same when indexing and searching: words, lower case, accents folded (cliënt =
 * client), a trailing 's dropped, stop words out, compounds split (index side only; queries split their words
 * themselves, see {@link TextQueries}), irregular forms to their base form, the Dutch Snowball stemmer, and two
 * stem repairs. The word lists live in {@code src/main/resources/search/}.
 */
public final class DutchAnalysis {

	/**
	 * Raise when the chain changes in a way the word lists do not show, or when the index starts to hold another
	 * kind of item or indexes it differently (2, 3: responses; 4: signals; 5: shared summaries); a changed
	 * fingerprint rebuilds the index.
	 */
	private static final String CHAIN_VERSION = "5";

	/**
	 * Words people put in a question that say nothing about its subject, beyond Lucene's Dutch stop words ("veel",
	 * "hoe" and "wat" are there already): "meerdere hulpverleners" should find "negen hulpverleners".
	 */
	private static final List<String> EXTRA_STOP_WORDS = List.of("meerdere", "enkele", "diverse", "allerlei", "sommige",
			"waarom", "wanneer", "welke", "welk", "heel");

	private final CharArraySet stopWords;

	private final CharArrayMap<String> lemmas;

	private final Decompounder decompounder;

	private final String fingerprint;

	private final Analyzer index;

	private final Analyzer query;

	private final Analyzer plain;

	private final Analyzer stems;

	public DutchAnalysis() {
		List<String> compoundWords = WordLists.lines("compound-words.txt");
		List<String> lemmaLines = WordLists.lines("lemmas.txt");
		this.stopWords = new CharArraySet(DutchAnalyzer.getDefaultStopSet().size(), false);
		DutchAnalyzer.getDefaultStopSet().forEach(word -> stopWords.add(WordLists.fold(new String((char[]) word))));
		EXTRA_STOP_WORDS.forEach(stopWords::add);
		this.lemmas = new CharArrayMap<>(lemmaLines.size(), false);
		lemmaLines.forEach(line -> {
			String[] pair = line.split("\\s+");
			lemmas.put(WordLists.fold(pair[0]).replace("'", ""), WordLists.fold(pair[1]));
		});
		this.decompounder = new Decompounder(compoundWords);
		this.fingerprint = fingerprint(CHAIN_VERSION, compoundWords, lemmaLines, stopWords.toString());
		this.index = analyzer(words -> stem(new DecompoundFilter(new StopFilter(words, stopWords), decompounder)));
		this.query = analyzer(words -> stem(new StopFilter(words, stopWords)));
		this.plain = analyzer(words -> words);
		this.stems = analyzer(this::stem);
	}

	/** For the text fields of the index: with compound parts. */
	public Analyzer index() {
		return index;
	}

	/** For phrases and synonyms in a query: like the index, without compound parts. */
	Analyzer query() {
		return query;
	}

	/** Words as written, only lower case and folded: for spelling suggestions and search-as-you-type. */
	Analyzer plain() {
		return plain;
	}

	Decompounder decompounder() {
		return decompounder;
	}

	boolean isStopWord(String foldedWord) {
		return stopWords.contains(foldedWord);
	}

	/** Changes when the analysis changes; an index built with another fingerprint is rebuilt. */
	String fingerprint() {
		return fingerprint;
	}

	/** The indexed form of one folded word (without stop word removal), e.g. "mantelzorger" for "mantelzorgers". */
	String stem(String foldedWord) {
		List<String> tokens = tokens(stems, foldedWord);
		return tokens.isEmpty() ? foldedWord : tokens.get(0);
	}

	/** The words of a text as a query sees them: folded, stemmed, and whether each is a stop word. */
	List<Word> words(String text) {
		return tokens(plain, text).stream().map(word -> new Word(word, stem(word), stopWords.contains(word))).toList();
	}

	/** One word of a query: as written (lower case, folded), its stem, and whether it is a stop word. */
	record Word(String folded, String stem, boolean stop) {
	}

	/** The tokens the analyser makes of a text, in order (compound parts after their word). */
	public static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tokens;
	}

	private TokenStream stem(TokenStream words) {
		TokenStream stemmed = new StemRepairFilter(new SnowballFilter(new LemmaFilter(words, lemmas), new DutchStemmer()));
		return new RemoveDuplicatesTokenFilter(stemmed);
	}

	private static Analyzer analyzer(Function<TokenStream, TokenStream> rest) {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				TokenStream words = new PossessiveFilter(new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
				return new TokenStreamComponents(tokenizer, rest.apply(words));
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}

		};
	}

	private static String fingerprint(String version, List<String> compounds, List<String> lemmas, String stops) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : List.of(version, String.join("\n", compounds), String.join("\n", lemmas), stops)) {
				digest.update(part.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
