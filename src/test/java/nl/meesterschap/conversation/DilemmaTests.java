package nl.meesterschap.conversation;

import static nl.meesterschap.conversation.ConversationFixture.id;
import static nl.meesterschap.conversation.ConversationFixture.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.conversation.internal.DilemmaService;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;

/** "Wat zou jij doen?": nobody sees the others' answers or the author's choice before giving their own. */
@IntegrationTest
class DilemmaTests {

	@Autowired
	DilemmaService dilemmas;

	@Autowired
	Conversations conversations;

	@Autowired
	StoryService stories;

	@Autowired
	People people;

	@Test
	void answers_stay_hidden_until_each_colleague_has_answered_then_the_spread_shows() {
		UUID story = story(stories, people, "gert", Audience.platform(), "Klein houden of opschalen?");
		dilemmas.open(id(people, "gert"), "story", story, "Klein houden of opschalen?",
				List.of("Klein houden", "Opschalen"), 0, "Ik vertrouwde op het gezin.", "choice");

		Viewer anouk = viewer("anouk");
		DilemmaView before = conversations.thread("story", story, anouk).dilemma();
		assertThat(before.revealed()).isFalse();
		assertThat(before.answers()).isEmpty();
		assertThat(before.ownerChoice()).isNull();
		assertThat(before.spread()).isEmpty();
		assertThat(conversations.hiddenFromStep("story", story, anouk)).hasValue("choice");

		dilemmas.answer(id(people, "anouk"), "story", story, 1, "Veiligheid eerst.");
		dilemmas.answer(id(people, "bram"), "story", story, 0, "Hun eigen kracht telt.");
		assertThat(conversations.thread("story", story, viewer("chantal")).dilemma().answers())
			.as("chantal has not answered yet")
			.isEmpty();
		dilemmas.answer(id(people, "chantal"), "story", story, 1, "Ik zou opschalen.");

		DilemmaView after = conversations.thread("story", story, viewer("chantal")).dilemma();
		assertThat(after.revealed()).isTrue();
		assertThat(after.spread()).containsExactly(1, 2);
		assertThat(after.percent(1)).isEqualTo(67);
		assertThat(after.ownerChoice()).isZero();
		assertThat(after.answers()).extracting(DilemmaView.Answer::name)
			.containsExactly("Anouk de Vries", "Bram Jansen", "Chantal Bakker");
		assertThat(conversations.hiddenFromStep("story", story, viewer("chantal"))).isEmpty();
		assertThat(conversations.thread("story", story, viewer("gert")).dilemma().revealed()).as("the author").isTrue();
	}

	@Test
	void answering_twice_or_badly_or_on_your_own_round_is_refused() {
		UUID story = story(stories, people, "gert", Audience.platform(), "Een tweede ronde");
		assertThatThrownBy(() -> dilemmas.open(id(people, "anouk"), "story", story, "Vraag?", List.of("a", "b"), 0,
				null, null)).isInstanceOf(ApiProblemException.class);
		assertThatThrownBy(() -> dilemmas.open(id(people, "gert"), "story", story, "Vraag?", List.of("alleen"), 0,
				null, null)).isInstanceOf(InvalidInputException.class);
		dilemmas.open(id(people, "gert"), "story", story, "Vraag?", List.of("a", "b"), 1, null, null);
		assertThatThrownBy(() -> dilemmas.answer(id(people, "anouk"), "story", story, 5, "x"))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> dilemmas.answer(id(people, "anouk"), "story", story, 0, " "))
			.isInstanceOf(InvalidInputException.class);
		dilemmas.answer(id(people, "anouk"), "story", story, 0, "Omdat.");
		assertThatThrownBy(() -> dilemmas.answer(id(people, "anouk"), "story", story, 1, "Toch anders."))
			.isInstanceOf(ApiProblemException.class);
		assertThatThrownBy(() -> dilemmas.answer(id(people, "gert"), "story", story, 1, "Mijn eigen."))
			.isInstanceOf(InvalidInputException.class);
	}

	private Viewer viewer(String username) {
		return people.viewer(id(people, username));
	}

}
