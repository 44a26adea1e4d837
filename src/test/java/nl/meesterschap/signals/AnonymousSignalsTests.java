package nl.meesterschap.signals;

import static nl.meesterschap.signals.SignalFixture.command;
import static nl.meesterschap.signals.SignalFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.signals.internal.EvidenceRef;
import nl.meesterschap.signals.internal.Signal;
import nl.meesterschap.signals.internal.SignalReader;
import nl.meesterschap.signals.internal.SignalService;
import nl.meesterschap.signals.internal.SignalView;
import nl.meesterschap.web.InvalidInputException;

/**
 * A signal without the raiser's name: colleagues never learn who raised it (not from the signal, its evidence, the
 * story it cites or another module's view); the policy side, team leads and moderators do, for follow-up.
 */
@IntegrationTest
class AnonymousSignalsTests {

	@Autowired
	SignalService signals;

	@Autowired
	SignalReader reader;

	@Autowired
	Signals api;

	@Autowired
	StoryService stories;

	@Autowired
	People people;

	@Test
	void colleagues_see_no_name_and_the_raisers_own_story_only_as_a_practice_story() {
		UUID story = SignalFixture.story(stories, people, "bram", Audience.organisation(lindewaarde()),
				"Een brief die niemand snapte");
		Signal signal = signals.raise(id(people, "bram"),
				command("Brieven over terugvorderen schrikken af", List.of(EvidenceRef.story(story)), true));

		SignalView colleague = reader.view(signal, people.viewer(id(people, "anouk")));
		assertThat(colleague.raiserName()).isNull();
		assertThat(colleague.raiserOrganisation()).isNull();
		assertThat(colleague.evidence()).singleElement().satisfies(e -> {
			assertThat(e.masked()).isTrue();
			assertThat(e.url()).isNull();
			assertThat(e.id()).as("the story id would lead to its author").isNull();
		});
		assertThat(reader.citing(story, people.viewer(id(people, "anouk"))))
			.as("the story page does not list the signal, which would name its author").isEmpty();
		assertThat(reader.cards(List.of(signal), people.viewer(id(people, "anouk")))).singleElement()
			.satisfies(card -> assertThat(card.raiserName()).isNull());
		assertThat(api.visible(signal.id(), people.viewer(id(people, "anouk")))).hasValueSatisfying(
				summary -> assertThat(summary.raiserName()).isNull());
		assertThat(api.document(signal.id())).hasValueSatisfying(document -> {
			assertThat(document.raiserId()).isNull();
			assertThat(document.raiserName()).isNull();
		});

		for (String knows : List.of("bram", "ilse", "gert", "jeroen")) {
			SignalView view = reader.view(signal, people.viewer(id(people, knows)));
			assertThat(view.raiserName()).as(knows).isEqualTo("Bram Jansen");
			assertThat(view.evidence()).as(knows).singleElement()
				.satisfies(e -> assertThat(e.title()).isEqualTo("Een brief die niemand snapte"));
		}
		assertThat(reader.citing(story, people.viewer(id(people, "ilse")))).hasSize(1);
	}

	@Test
	void a_colleagues_story_cited_by_an_anonymous_raiser_stays_readable() {
		UUID story = SignalFixture.story(stories, people, "chantal", Audience.organisation(lindewaarde()),
				"Een verhaal van een collega");
		Signal signal = signals.raise(id(people, "bram"),
				command("Een signaal met het verhaal van een ander", List.of(EvidenceRef.story(story)), true));
		assertThat(reader.view(signal, people.viewer(id(people, "anouk"))).evidence()).singleElement()
			.satisfies(e -> assertThat(e.title()).isEqualTo("Een verhaal van een collega"));
	}

	@Test
	void an_anonymous_title_may_not_repeat_the_raisers_own_story() {
		UUID story = SignalFixture.story(stories, people, "dewi", Audience.organisation(lindewaarde()),
				"Vervoer uit de dorpen stopt");
		assertThatThrownBy(() -> signals.raise(id(people, "dewi"),
				command("vervoer uit de dorpen stopt ", List.of(EvidenceRef.story(story)), true)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(v -> v.field() + ":" + v.code())
				.containsExactly("title:signals.raise.title.reveals"));
		assertThat(signals.raise(id(people, "dewi"),
				command("Vervoer uit de dorpen stopt", List.of(EvidenceRef.story(story)), false)).anonymous())
			.as("with the name it is fine").isFalse();
	}

	private UUID lindewaarde() {
		return people.organisationBySlug("lindewaarde").orElseThrow().id();
	}

}
