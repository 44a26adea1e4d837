package nl.meesterschap.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.search.SearchResults.FacetValue;
import nl.meesterschap.search.SearchResults.Hit;
import nl.meesterschap.search.SearchResults.Notice;
import nl.meesterschap.search.internal.IndexNode;
import nl.meesterschap.web.InvalidInputException;

/** Search in Dutch as people write it, on a small test corpus next to the demo stories. */
@IntegrationTest
class SearchServiceTests {

	private static UUID carer;

	private static UUID debtHelp;

	private static UUID homeless;

	private static UUID rentArrears;

	private static UUID teamOnly;

	private static UUID teamOnlyShared;

	private static UUID publicShared;

	private static UUID cardGameTitle;

	private static UUID cardGameBody;

	private static UUID phrase;

	private static UUID scattered;

	@Autowired
	Search search;

	@Autowired
	StoryService stories;

	@Autowired
	People people;

	@Autowired
	Koersen koersen;

	@Autowired
	IndexNode node;

	SearchTestCorpus corpus;

	@BeforeEach
	void corpus() {
		corpus = new SearchTestCorpus(stories, people, koersen, node);
		if (carer == null) {
			carer = corpus.publish("bram", AudienceKind.PLATFORM, Domain.WMO, "Een dochter die alles alleen draagt",
					"De mantelzorger van haar vader was zichtbaar overbelast en sliep al weken slecht.",
					"Ik heb respijtzorg geregeld zodat zij twee dagen per week op adem kon komen.", "mantelzorg");
			debtHelp = corpus.publish("chantal", AudienceKind.PLATFORM, Domain.PARTICIPATIE, "Direct naar de schuldhulpverlening",
					"Een jonge vader kwam met een tas vol ongeopende post naar het spreekuur.",
					"Ik meldde hem dezelfde dag aan bij de schuldhulpverlening van de gemeente.");
			homeless = corpus.publish("jeroen", AudienceKind.PLATFORM, Domain.WMO, "Een nacht in de auto",
					"Een man van middelbare leeftijd was dakloos geraakt na een scheiding.",
					"Ik regelde een briefadres en een plek in de nachtopvang.");
			rentArrears = corpus.publish("anouk", AudienceKind.PLATFORM, Domain.WMO, "Een brief van de deurwaarder",
					"Het gezin had schulden bij de verhuurder en de energieleverancier.",
					"We maakten samen een overzicht en belden de verhuurder voor een betalingsregeling.");
			teamOnly = corpus.publish("anouk", AudienceKind.TEAM, Domain.JEUGD, "Het watervogelproject in de wijk",
					"Een vertrouwelijke casus uit het team over het watervogelproject en een lantaarnpaal.",
					"We bespraken de aanpak alleen binnen ons team.");
			teamOnlyShared = teamOnly;
			publicShared = corpus.publish("dewi", AudienceKind.PLATFORM, Domain.WMO, "Licht in de straat",
					"Een oudere vrouw durfde niet meer naar buiten omdat de lantaarnpaal al maanden kapot was.",
					"Ik belde de gemeente en ging met haar een rondje lopen toen het licht weer brandde.");
			cardGameTitle = corpus.publish("emre", AudienceKind.PLATFORM, Domain.PARTICIPATIE, "Kwartetspel als ijsbreker",
					"In de groep wilde niemand praten over werk.",
					"Ik nam een kwartetspel mee met beroepen en vragen.");
			cardGameBody = corpus.publish("fleur", AudienceKind.PLATFORM, Domain.PARTICIPATIE, "Een groep die niet op gang kwam",
					"Een collega had eens een kwartetspel gebruikt, maar ik koos voor een wandeling.",
					"We liepen samen naar het buurthuis en praatten onderweg.");
			phrase = corpus.publish("gert", AudienceKind.PLATFORM, Domain.JEUGD, "Wachten bij de voordeur",
					"De jongen stond elke ochtend bij de voordeur te wachten op zijn begeleider.",
					"We spraken een vaste tijd af.");
			scattered = corpus.publish("hanneke", AudienceKind.PLATFORM, Domain.JEUGD, "Een voordeur die dicht bleef",
					"De voordeur bleef dicht. Ik bleef wachten tot moeder bij het derde bezoek de voordeur opendeed.",
					"Ik liet een kaartje achter met mijn nummer van het wijkteam.");
		}
		corpus.indexed();
	}

	@Test
	void inflected_words_find_the_story() {
		assertThat(ids(find("bram", "mantelzorgers"))).contains(carer.toString());
		assertThat(ids(find("bram", "overbelaste mantelzorger"))).contains(carer.toString());
	}

	@Test
	void separate_words_find_a_compound() {
		assertThat(ids(find("anouk", "hulp bij schulden"))).contains(debtHelp.toString());
	}

	@Test
	void everyday_synonyms_find_the_story() {
		assertThat(ids(find("fleur", "geldzorgen"))).contains(rentArrears.toString());
		assertThat(ids(find("fleur", "zonder vaste woon- of verblijfplaats"))).contains(homeless.toString());
		assertThat(ids(find("fleur", "zonder vaste woonplaats"))).contains(homeless.toString());
	}

	@Test
	void a_verb_in_the_present_or_infinitive_finds_a_story_told_in_the_past() {
		SearchResults results = find("fleur", "briefadres regelen");
		assertThat(ids(results)).contains(homeless.toString());
		assertThat(results.notice()).as("found as typed, not by the typo fallback").isEqualTo(SearchResults.Notice.NONE);
		assertThat(results.suggestion()).isNull();
		assertThat(ids(find("fleur", "gemeente bellen"))).contains(publicShared.toString());
	}

	@Test
	void words_that_only_shape_the_question_need_not_match() {
		assertThat(ids(find("fleur", "meerdere respijtzorg"))).contains(carer.toString());
		assertThat(ids(find("fleur", "waarom nachtopvang"))).contains(homeless.toString());
	}

	@Test
	void accents_do_not_matter() {
		UUID withAccent = corpus.publish("bram", AudienceKind.PLATFORM, Domain.WMO, "Een cliënt met een zeilboot",
				"De cliënt woonde op een zeilboot in de haven.", "We zochten samen naar een vaste ligplaats.");
		corpus.indexed();
		assertThat(ids(find("bram", "client zeilboot"))).contains(withAccent.toString());
	}

	@Test
	void a_typo_still_finds_the_story_and_suggests_the_word() {
		SearchResults results = find("bram", "mantelzroger");
		assertThat(results.notice()).isEqualTo(Notice.FUZZY);
		assertThat(ids(results)).contains(carer.toString());
		assertThat(results.suggestion()).isEqualTo("mantelzorger");
	}

	@Test
	void a_title_match_ranks_above_a_mention_in_the_text() {
		List<String> ids = ids(find("emre", "kwartetspel"));
		assertThat(ids).containsSubsequence(cardGameTitle.toString(), cardGameBody.toString());
	}

	@Test
	void snippets_highlight_the_words_and_escape_the_text() {
		Hit hit = find("bram", "respijtzorg").hits().stream().filter(h -> h.id().equals(carer.toString())).findFirst()
			.orElseThrow();
		assertThat(hit.snippet()).contains("<mark>respijtzorg</mark>");
		assertThat(hit.type()).isEqualTo(ItemType.STORY);
		assertThat(hit.author()).isEqualTo("Bram Jansen");
		assertThat(hit.url()).isEqualTo("/verhalen/" + carer);
	}

	@Test
	void quotes_search_an_exact_phrase() {
		assertThat(ids(find("gert", "voordeur wachten"))).contains(phrase.toString(), scattered.toString());
		assertThat(ids(find("gert", "\"voordeur te wachten\""))).contains(phrase.toString()).doesNotContain(scattered.toString());
		assertThat(ids(find("gert", "„voordeur te wachten“"))).contains(phrase.toString()).doesNotContain(scattered.toString());
	}

	@Test
	void a_team_story_is_never_found_or_counted_outside_the_team() {
		assertThat(find("dewi", "watervogelproject").total()).isZero();
		assertThat(find("mirjam", "watervogelproject").total()).isZero();
		assertThat(ids(find("bram", "watervogelproject"))).containsExactly(teamOnly.toString());

		SearchResults outside = find("dewi", "lantaarnpaal");
		assertThat(ids(outside)).containsExactly(publicShared.toString());
		assertThat(count(outside, "type", "story")).isEqualTo(1);
		assertThat(count(outside, "domain", "JEUGD")).isZero();
		SearchResults inside = find("bram", "lantaarnpaal");
		assertThat(ids(inside)).containsExactlyInAnyOrder(publicShared.toString(), teamOnlyShared.toString());
		assertThat(count(inside, "type", "story")).isEqualTo(2);
		assertThat(count(inside, "domain", "JEUGD")).isEqualTo(1);
	}

	@Test
	void facets_count_and_filter() {
		SearchResults all = find("bram", "lantaarnpaal");
		assertThat(all.facets()).containsKeys("type", "domain", "principle", "organisation", "year");
		SearchResults wmo = search.search(SearchRequest.of("lantaarnpaal").withDomain(Domain.WMO), corpus.viewer("bram"));
		assertThat(ids(wmo)).containsExactly(publicShared.toString());
		assertThat(search.search(SearchRequest.of("lantaarnpaal").withType(ItemType.PRINCIPLE), corpus.viewer("bram")).total())
			.isZero();
	}

	@Test
	void principles_of_a_published_koers_are_found_by_everyone() {
		SearchResults results = search.search(SearchRequest.of("zo licht als mogelijk").withType(ItemType.PRINCIPLE),
				corpus.viewer("mirjam"));
		assertThat(results.hits()).anySatisfy(hit -> {
			assertThat(hit.title()).contains("P2");
			assertThat(hit.url()).isEqualTo("/koers/lindewaarde/principes/P2");
			assertThat(hit.author()).isNull();
		});
	}

	@Test
	void pages_do_not_overlap_and_newest_comes_first_without_words() {
		Viewer bram = corpus.viewer("bram");
		SearchResults first = search.search(SearchRequest.of("").withPage(1, 5), bram);
		SearchResults second = search.search(SearchRequest.of("").withPage(2, 5), bram);
		assertThat(first.total()).isEqualTo(second.total()).isGreaterThan(10);
		assertThat(first.hits()).hasSize(5);
		assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
		assertThat(first.hits().get(0).date()).isAfterOrEqualTo(first.hits().get(4).date());
		assertThat(first.hits().get(4).date()).isAfterOrEqualTo(second.hits().get(0).date());
	}

	@Test
	void sorting_by_date_puts_the_newest_first() {
		SearchResults results = search.search(SearchRequest.of("voordeur").withSort(SearchRequest.Sort.DATE), corpus.viewer("gert"));
		assertThat(results.hits()).isSortedAccordingTo((a, b) -> b.date().compareTo(a.date()));
		assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.score()).isNull());
	}

	@Test
	void only_stop_words_give_a_clear_notice() {
		SearchResults results = find("bram", "de het een");
		assertThat(results.total()).isZero();
		assertThat(results.notice()).isEqualTo(Notice.ONLY_STOP_WORDS);
	}

	@Test
	void query_syntax_characters_are_just_text() {
		for (String odd : List.of("\"", "*", ":", "(", "mantelzorger*", "title:(mantelzorger", "\"mantelzorger", "a:b\"c(d)*",
				"+-&&||!{}[]^~?\\/", "))((", "\u0000mantelzorger\u0007")) {
			SearchResults results = find("bram", odd);
			assertThat(results).as(odd).isNotNull();
		}
		assertThat(ids(find("bram", "\"mantelzorger"))).contains(carer.toString());
		assertThat(ids(find("bram", "mantelzorger*"))).contains(carer.toString());
	}

	@Test
	void a_very_long_query_is_refused_clearly_and_a_long_one_still_works() {
		assertThatThrownBy(() -> find("bram", "schulden ".repeat(600)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations().get(0).code()).isEqualTo("search.q.too-long"));
		assertThat(ids(find("bram", "mantelzorger " + "woord ".repeat(150)))).isNotNull();
	}

	@Test
	void paging_too_deep_is_refused() {
		assertThatThrownBy(() -> search.search(SearchRequest.of("schulden").withPage(1001, 10), corpus.viewer("bram")))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> search.search(SearchRequest.of("schulden").withPage(1, 0), corpus.viewer("bram")))
			.isInstanceOf(InvalidInputException.class);
	}

	/** The first 50 results: the demo stories compete for the top places too. */
	private SearchResults find(String username, String text) {
		return search.search(SearchRequest.of(text).withPage(1, 50), corpus.viewer(username));
	}

	private static List<String> ids(SearchResults results) {
		return results.hits().stream().map(Hit::id).toList();
	}

	private static long count(SearchResults results, String facet, String value) {
		return results.facets().getOrDefault(facet, List.of()).stream().filter(v -> v.value().equals(value))
			.mapToLong(FacetValue::count).sum();
	}

}
