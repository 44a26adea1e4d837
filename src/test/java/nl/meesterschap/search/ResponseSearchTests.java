package nl.meesterschap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.conversation.Conversations;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.internal.ModerationService;
import nl.meesterschap.conversation.internal.ResponseService;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.search.SearchResults.Hit;
import nl.meesterschap.search.internal.IndexNode;

/**
 * Responses are found like stories, with the audience of what they respond to: they follow their story when it is
 * withdrawn or hidden, and their own edits, removal and hiding.
 */
@IntegrationTest
class ResponseSearchTests {

	@Autowired
	Search search;

	@Autowired
	StoryService stories;

	@Autowired
	Conversations conversations;

	@Autowired
	ResponseService responses;

	@Autowired
	ModerationService moderation;

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
	void a_response_is_found_with_its_story_title_and_only_by_who_may_see_the_story() {
		UUID story = corpus.publish("bram", AudienceKind.TEAM, Domain.WMO, "Een buurman die boodschappen doet",
				"De buurman deed al maanden de boodschappen voor een oudere vrouw.",
				"Ik vroeg wat hij zelf nodig had om dit vol te houden.");
		UUID response = respond("anouk", story, "Herkenbaar: bij ons hielp een zwaluwnestgesprek met de hele straat.");
		corpus.indexed();

		List<Hit> found = find("bram", "zwaluwnestgesprek");
		assertThat(found).singleElement().satisfies(hit -> {
			assertThat(hit.type()).isEqualTo(ItemType.RESPONSE);
			assertThat(hit.id()).isEqualTo(response.toString());
			assertThat(hit.title()).isEqualTo("Een buurman die boodschappen doet");
			assertThat(hit.url()).isEqualTo("/verhalen/" + story + "#reactie-" + response);
			assertThat(hit.author()).isEqualTo("Anouk de Vries");
		});
		// the story is for Wijkteam Noord only: Dewi (Zuid) and Mirjam (partner) find nothing, not even a count
		assertThat(search.search(SearchRequest.of("zwaluwnestgesprek"), corpus.viewer("dewi")).total()).isZero();
		assertThat(search.search(SearchRequest.of("zwaluwnestgesprek"), corpus.viewer("mirjam")).total()).isZero();
		// Dutch analysis applies to responses too: the plural finds it
		assertThat(ids(find("gert", "zwaluwnestgesprekken"))).containsExactly(response.toString());
		// a response is found by its own words, not by the title of the story it answers
		assertThat(ids(find("bram", "buurman boodschappen"))).doesNotContain(response.toString());
	}

	@Test
	void an_edited_response_is_found_by_its_new_words_and_a_removed_one_no_more() {
		UUID story = corpus.publish("chantal", AudienceKind.ORGANISATION, Domain.PARTICIPATIE, "Een envelop vol aanmaningen",
				"Een moeder bracht een envelop vol aanmaningen mee naar het spreekuur.",
				"We openden samen de post en maakten een overzicht.");
		UUID response = respond("emre", story, "Wij gebruiken daarvoor de kwartiermakerlijst.");
		corpus.indexed();
		assertThat(ids(find("fleur", "kwartiermakerlijst"))).containsExactly(response.toString());

		responses.edit(person("emre"), response, "Wij gebruiken daarvoor de ordeningsmatrix van het team.");
		corpus.indexed();
		assertThat(find("fleur", "kwartiermakerlijst")).isEmpty();
		assertThat(ids(find("fleur", "ordeningsmatrix"))).containsExactly(response.toString());

		responses.delete(person("emre"), response);
		corpus.indexed();
		assertThat(find("fleur", "ordeningsmatrix")).isEmpty();
	}

	@Test
	void responses_leave_search_when_a_moderator_hides_them_or_their_story_and_return_when_restored() {
		UUID story = corpus.publish("bram", AudienceKind.ORGANISATION, Domain.WMO, "Een scootmobiel in de gang",
				"Een bewoner parkeerde zijn scootmobiel in de gemeenschappelijke gang.",
				"Ik zocht met de corporatie naar een stalling.");
		UUID first = respond("dewi", story, "Wij vonden een oplossing met een fietsenhokregeling.");
		UUID second = respond("anouk", story, "Bij ons hielp een stallingsafspraak met de huismeester.");
		corpus.indexed();
		assertThat(ids(find("fleur", "fietsenhokregeling"))).containsExactly(first.toString());

		moderation.hide(person("jeroen"), "response", first, "Getest");
		corpus.indexed();
		assertThat(find("fleur", "fietsenhokregeling")).isEmpty();
		assertThat(ids(find("fleur", "stallingsafspraak"))).containsExactly(second.toString());

		moderation.hide(person("jeroen"), "story", story, "Getest");
		corpus.indexed();
		assertThat(find("fleur", "stallingsafspraak")).isEmpty();

		moderation.restore(person("jeroen"), "story", story, "Toch in orde");
		moderation.restore(person("jeroen"), "response", first, "Toch in orde");
		corpus.indexed();
		assertThat(ids(find("fleur", "stallingsafspraak"))).containsExactly(second.toString());
		assertThat(ids(find("fleur", "fietsenhokregeling"))).containsExactly(first.toString());
	}

	@Test
	void responses_leave_search_with_their_withdrawn_story() {
		UUID story = corpus.publish("anouk", AudienceKind.ORGANISATION, Domain.JEUGD, "Een schoolreis zonder geld",
				"Een vader kon de schoolreis van zijn dochter niet betalen.",
				"Ik wees hem op het kindpakket van de gemeente.");
		UUID response = respond("bram", story, "Goed dat je het pechvogelfonds noemde, dat kende ik niet.");
		corpus.indexed();
		assertThat(ids(find("fleur", "pechvogelfonds"))).containsExactly(response.toString());

		corpus.withdraw("anouk", story);
		corpus.indexed();
		assertThat(find("fleur", "pechvogelfonds")).isEmpty();
	}

	private UUID respond(String author, UUID story, String text) {
		return conversations.respond(person(author), "story", story, null, ResponseKind.RECOGNITION, text,
				Instant.now());
	}

	private UUID person(String username) {
		return people.personByUsername(username).orElseThrow().id();
	}

	/** Responses only, so the demo stories do not get in the way. */
	private List<Hit> find(String username, String text) {
		return search.search(SearchRequest.of(text).withType(ItemType.RESPONSE).withPage(1, 50), corpus.viewer(username))
			.hits();
	}

	private static List<String> ids(List<Hit> hits) {
		return hits.stream().map(Hit::id).toList();
	}

}
