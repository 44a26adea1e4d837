package nl.meesterschap.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The Dutch analysis chain: inflections, compounds, accents, stop words, and the synonym list. */
class DutchAnalysisTests {

	private static final DutchAnalysis analysis = new DutchAnalysis();

	private static List<String> indexed(String text) {
		return DutchAnalysis.tokens(analysis.index(), text);
	}

	private static List<String> queried(String text) {
		return DutchAnalysis.tokens(analysis.query(), text);
	}

	@Test
	void plural_and_singular_of_a_person_stem_alike() {
		assertThat(queried("mantelzorgers")).isEqualTo(queried("mantelzorger"));
		assertThat(queried("gezinnen")).isEqualTo(queried("gezin"));
		assertThat(queried("daklozen")).isEqualTo(queried("dakloos"));
		assertThat(queried("kinderen")).isEqualTo(queried("kind"));
		assertThat(queried("fietsen")).isEqualTo(queried("fiets"));
	}

	@Test
	void inflected_adjectives_stem_alike() {
		assertThat(queried("overbelaste")).isEqualTo(queried("overbelast"));
		assertThat(queried("financiële")).isEqualTo(queried("financiele"));
	}

	@Test
	void accents_are_folded_away() {
		assertThat(queried("cliënt")).isEqualTo(queried("client"));
		assertThat(queried("Cliënten")).isEqualTo(queried("cliënt"));
		assertThat(queried("café’s")).isEqualTo(queried("cafe"));
	}

	@Test
	void stop_words_are_left_out() {
		assertThat(queried("de het een en van")).isEmpty();
		assertThat(queried("hulp bij schulden")).containsExactly("hulp", "schuld");
	}

	@Test
	void a_compound_is_indexed_with_its_parts() {
		assertThat(indexed("schuldhulpverlening")).contains("schuld", "hulp", queried("hulpverlening").get(0));
		assertThat(indexed("schuldhulpverlening")).containsAll(queried("hulp bij schulden"));
		assertThat(indexed("huurachterstand")).containsAll(queried("huur achterstand"));
		assertThat(indexed("bijstandsuitkering")).containsAll(queried("bijstand uitkering"));
		assertThat(indexed("kinderopvang")).containsAll(queried("kind opvang"));
		assertThat(indexed("mantelzorgers")).contains("mantel", "zorg");
		assertThat(indexed("wijkteams")).containsAll(queried("wijk team"));
	}

	@Test
	void a_word_that_does_not_split_completely_stays_whole() {
		Decompounder decompounder = analysis.decompounder();
		assertThat(decompounder.parts("kantoor")).isEmpty();
		assertThat(decompounder.parts("uitkering")).isEmpty();
		assertThat(decompounder.parts("zorgen")).isEmpty();
		assertThat(decompounder.parts("schuldhulpverlening")).containsExactly("schuld", "hulpverlening", "hulp", "verlening");
		assertThat(decompounder.parts("gezinsvoogd")).containsExactly("gezin", "voogd");
	}

	@Test
	void synonyms_match_by_stem_and_prefer_the_longest_phrase() {
		Synonyms synonyms = Synonyms.load(analysis);
		assertThat(synonyms.size()).isGreaterThanOrEqualTo(150);
		List<Synonyms.Match> matches = synonyms.match(analysis.words("geldzorgen"));
		assertThat(matches).hasSize(1);
		assertThat(matches.get(0).alternatives()).anySatisfy(words -> assertThat(words).extracting(DutchAnalysis.Word::folded)
			.containsExactly("schulden"));
		List<Synonyms.Match> homeless = synonyms.match(analysis.words("iemand zonder vaste woon- of verblijfplaats"));
		assertThat(homeless).hasSize(1);
		assertThat(homeless.get(0).from()).isEqualTo(1);
		assertThat(homeless.get(0).alternatives()).anySatisfy(words -> assertThat(words).extracting(DutchAnalysis.Word::folded)
			.containsExactly("dakloos"));
		assertThat(synonyms.match(analysis.words("Wmo"))).singleElement()
			.satisfies(m -> assertThat(m.alternatives()).anySatisfy(words -> assertThat(words)
				.extracting(DutchAnalysis.Word::folded).containsExactly("maatschappelijke", "ondersteuning")));
	}

	@Test
	void stem_repairs_meet_singular_and_plural() {
		char[] gezinn = "gezinn".toCharArray();
		assertThat(new String(gezinn, 0, StemRepairFilter.repair(gezinn, gezinn.length))).isEqualTo("gezin");
		char[] huiz = "huiz".toCharArray();
		assertThat(new String(huiz, 0, StemRepairFilter.repair(huiz, huiz.length))).isEqualTo("huis");
	}

}
