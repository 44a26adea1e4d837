package nl.meesterschap.conversation;

import static nl.meesterschap.conversation.ConversationFixture.id;
import static nl.meesterschap.conversation.ConversationFixture.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.conversation.ResponseView.State;
import nl.meesterschap.conversation.internal.Join;
import nl.meesterschap.conversation.internal.ModerationService;
import nl.meesterschap.conversation.internal.ResponseRow;
import nl.meesterschap.conversation.internal.ResponseService;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.practice.StoryWithdrawn;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

@IntegrationTest
@RecordApplicationEvents
class ModerationTests {

	@Autowired
	ModerationService moderation;

	@Autowired
	ResponseService responses;

	@Autowired
	Conversations conversations;

	@Autowired
	StoryService stories;

	@Autowired
	People people;

	@Autowired
	ApplicationEvents events;

	@Test
	void privacy_flags_go_to_the_privacy_officer_and_others_to_the_moderators_once_per_person() {
		UUID story = story(stories, people, "anouk", Audience.platform(), "Gemeld verhaal");
		ResponseRow response = responses.post(id(people, "bram"), "story", story, null, ResponseKind.SUGGESTION,
				"Een reactie die niet deugt.", UUID.randomUUID(), Join.NEW);
		moderation.flag(id(people, "chantal"), "response", response.id(), FlagReason.DISRESPECTFUL, "Onaardig");
		moderation.flag(id(people, "dewi"), "story", story, FlagReason.PRIVACY, null);
		assertThatThrownBy(() -> moderation.flag(id(people, "chantal"), "response", response.id(), FlagReason.SPAM, null))
			.isInstanceOf(ApiProblemException.class);
		assertThat(moderation.queue(id(people, "jeroen"))).extracting(f -> f.targetId()).contains(response.id())
			.doesNotContain(story);
		assertThat(moderation.queue(id(people, "karin"))).extracting(f -> f.targetId()).contains(story)
			.doesNotContain(response.id());
		assertThatThrownBy(() -> moderation.flag(id(people, "mirjam"), "story",
				story(stories, people, "anouk", Audience.organisation(people.viewer(id(people, "anouk")).organisationId()),
						"Niet voor partners"),
				FlagReason.OTHER, null)).isInstanceOf(ItemNotFoundException.class);
	}

	@Test
	void a_hidden_response_tells_its_author_why_and_others_only_that_it_is_hidden() {
		UUID story = story(stories, people, "anouk", Audience.platform(), "Verborgen reactie");
		ResponseRow response = responses.post(id(people, "bram"), "story", story, null, ResponseKind.SUGGESTION,
				"Iets kwetsends.", UUID.randomUUID(), Join.NEW);
		assertThatThrownBy(() -> moderation.hide(id(people, "jeroen"), "response", response.id(), " "))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> moderation.hide(id(people, "anouk"), "response", response.id(), "Weg ermee"))
			.as("not a moderator").isInstanceOf(ItemNotFoundException.class);
		moderation.hide(id(people, "jeroen"), "response", response.id(), "Niet respectvol naar de inwoner.");

		ResponseView forAuthor = conversations.thread("story", story, people.viewer(id(people, "bram"))).responses().get(0);
		assertThat(forAuthor.state()).isEqualTo(State.HIDDEN);
		assertThat(forAuthor.hiddenReason()).isEqualTo("Niet respectvol naar de inwoner.");
		ResponseView forOthers = conversations.thread("story", story, people.viewer(id(people, "fleur"))).responses().get(0);
		assertThat(forOthers.state()).isEqualTo(State.HIDDEN);
		assertThat(forOthers.html()).isEmpty();
		assertThat(forOthers.hiddenReason()).isNull();

		moderation.restore(id(people, "jeroen"), "response", response.id(), "Na overleg toch in orde.");
		assertThat(conversations.thread("story", story, people.viewer(id(people, "fleur"))).responses().get(0).visible())
			.isTrue();
		assertThat(moderation.log(id(people, "jeroen"))).extracting(e -> e.action()).contains("HIDE", "RESTORE");
	}

	@Test
	void a_hidden_story_disappears_for_readers_and_search_but_not_for_its_author() {
		UUID story = story(stories, people, "anouk", Audience.platform(), "Een verhaal dat weg moet");
		moderation.hide(id(people, "karin"), "story", story, "Er stond een herkenbare situatie in.");
		assertThat(stories.visible(story, people.viewer(id(people, "bram")))).isEmpty();
		assertThat(stories.visible(story, people.viewer(id(people, "anouk")))).isPresent();
		assertThat(conversations.hiddenReason("story", story)).hasValue("Er stond een herkenbare situatie in.");
		assertThat(events.stream(StoryWithdrawn.class)).anyMatch(e -> e.storyId().equals(story));
		moderation.restore(id(people, "karin"), "story", story, "Aangepast door de schrijver.");
		assertThat(stories.visible(story, people.viewer(id(people, "bram")))).isPresent();
	}

	@Test
	void new_accounts_can_be_premoderated_per_organisation() {
		moderation.saveSettings(id(people, "sanne"), true, 3650 / 10);
		UUID story = story(stories, people, "noor", Audience.platform(), "Voorgemodereerd");
		ResponseRow pending = responses.post(id(people, "mirjam"), "story", story, null, ResponseKind.RECOGNITION,
				"Herkenbaar!", UUID.randomUUID(), Join.NEW);
		assertThat(pending.status()).isEqualTo(State.PENDING);
		assertThat(conversations.thread("story", story, people.viewer(id(people, "anouk"))).responses()).isEmpty();
		assertThat(conversations.thread("story", story, people.viewer(id(people, "mirjam"))).responses()).hasSize(1);
		moderation.saveSettings(id(people, "sanne"), false, 14);
	}

}
