package nl.meesterschap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.conversation.internal.ModerationService;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.search.SearchResults.Hit;
import nl.meesterschap.search.internal.IndexNode;
import nl.meesterschap.signals.SignalKind;
import nl.meesterschap.signals.internal.RaiseCommand;
import nl.meesterschap.signals.internal.SignalService;

/**
 * Signals are found like stories, by whoever is in their audience: with Dutch analysis, without the raiser's name
 * when it is anonymous, and not while a moderator has hidden them.
 */
@IntegrationTest
class SignalSearchTests {

	@Autowired
	Search search;

	@Autowired
	SignalService signals;

	@Autowired
	ModerationService moderation;

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
	}

	@Test
	void a_signal_is_found_in_its_own_words_by_its_audience_only() {
		UUID signal = raise("bram", "Het formulier voor de huishoudelijke hulp is te ingewikkeld",
				"Oudere bewoners haken af bij het aanvraagformulier. Ze bellen ons dan met vragen over het stappenplanformulier.",
				false);
		corpus.indexed();

		assertThat(find("fleur", "stappenplanformulier")).singleElement().satisfies(hit -> {
			assertThat(hit.type()).isEqualTo(ItemType.SIGNAL);
			assertThat(hit.id()).isEqualTo(signal.toString());
			assertThat(hit.title()).isEqualTo("Het formulier voor de huishoudelijke hulp is te ingewikkeld");
			assertThat(hit.url()).isEqualTo("/signalen/" + signal);
			assertThat(hit.author()).isEqualTo("Bram Jansen");
			assertThat(hit.domains()).containsExactly(Domain.WMO);
		});
		// Dutch analysis: the plural finds it, and so does a word from the title
		assertThat(ids(find("anouk", "stappenplanformulieren"))).containsExactly(signal.toString());
		assertThat(ids(find("anouk", "ingewikkelde formulieren huishoudelijke hulp"))).contains(signal.toString());
		// the signal is for Gemeente Lindewaarde: Mirjam (Jeugdhulp Lindewaarde) finds nothing, not even a count
		SearchResults outside = search.search(SearchRequest.of("stappenplanformulier"), corpus.viewer("mirjam"));
		assertThat(outside.total()).isZero();
		assertThat(outside.facets().get("type")).isEmpty();
	}

	@Test
	void an_anonymous_signal_is_found_without_its_raisers_name() {
		UUID signal = raise("dewi", "Wachten op de keukentafel duurt te lang",
				"Bij de wachtlijst voor het keukentafelgesprek horen we steeds vaker over de wachttijdbrievenstapel.", true);
		corpus.indexed();

		assertThat(find("bram", "wachttijdbrievenstapel")).singleElement().satisfies(hit -> {
			assertThat(hit.id()).isEqualTo(signal.toString());
			assertThat(hit.author()).isNull();
		});
		// the raiser still finds their own signal
		assertThat(ids(find("dewi", "wachttijdbrievenstapel"))).containsExactly(signal.toString());
	}

	@Test
	void a_hidden_signal_leaves_search_and_returns_when_restored() {
		UUID signal = raise("anouk", "Schoolvervoer stopt midden in het schooljaar",
				"Ouders horen pas laat dat het leerlingenvervoersbesluit verandert.", false);
		corpus.indexed();
		assertThat(ids(find("fleur", "leerlingenvervoersbesluit"))).containsExactly(signal.toString());

		moderation.hide(person("jeroen"), "signal", signal, "Getest");
		corpus.indexed();
		assertThat(find("fleur", "leerlingenvervoersbesluit")).isEmpty();

		moderation.restore(person("jeroen"), "signal", signal, "Toch in orde");
		corpus.indexed();
		assertThat(ids(find("fleur", "leerlingenvervoersbesluit"))).containsExactly(signal.toString());
	}

	@Test
	void a_full_rebuild_indexes_the_signals_from_the_database() throws Exception {
		node.rebuildNow(progress -> {
		});
		// a demo signal of Gemeente Lindewaarde, raised by Chantal
		assertThat(find("bram", "noodbudget")).extracting(Hit::title)
			.contains("Geef het wijkteam een klein noodbudget voor acute kosten");
		assertThat(find("bram", "bijzondere bijstand duurt te lang")).extracting(Hit::author).contains("Chantal Bakker");
	}

	private UUID raise(String raiser, String title, String description, boolean anonymous) {
		return signals.raise(person(raiser), new RaiseCommand(UUID.randomUUID(), title, description,
				SignalKind.RULE_PINCHES, List.of(Domain.WMO), List.of("P2"), List.of(), null, null, null, anonymous))
			.id();
	}

	private UUID person(String username) {
		return people.personByUsername(username).orElseThrow().id();
	}

	/** Signals only, so the demo content does not get in the way. */
	private List<Hit> find(String username, String text) {
		return search.search(SearchRequest.of(text).withType(ItemType.SIGNAL).withPage(1, 50), corpus.viewer(username))
			.hits();
	}

	private static List<String> ids(List<Hit> hits) {
		return hits.stream().map(Hit::id).toList();
	}

}
