package nl.meesterschap.conversation;

import static nl.meesterschap.conversation.ConversationFixture.id;
import static nl.meesterschap.conversation.ConversationFixture.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.conversation.internal.Join;
import nl.meesterschap.conversation.internal.JoinOfferException;
import nl.meesterschap.conversation.internal.RateLimitedException;
import nl.meesterschap.conversation.internal.ResponseRefusedException;
import nl.meesterschap.conversation.internal.ResponseRow;
import nl.meesterschap.conversation.internal.ResponseService;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

@IntegrationTest
@RecordApplicationEvents
class ResponseServiceTests {

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

	/** Raised for the test suite (many tests post as the same demo people); nobody but this test posts as noor. */
	@Value("${meesterschap.conversation.max-responses}")
	int maxResponses;

	@Test
	void colleagues_respond_with_every_kind_and_the_author_marks_one_as_helpful() {
		UUID story = story(stories, people, "anouk", Audience.platform(), "Klein houden of opschalen");
		UUID first = null;
		for (ResponseKind kind : ResponseKind.values()) {
			ResponseRow row = responses.post(id(people, kind.ordinal() % 2 == 0 ? "bram" : "olaf"), "story", story, null,
					kind, "Een reactie van soort " + kind, UUID.randomUUID(), Join.NEW);
			first = first == null ? row.id() : first;
		}
		UUID last = conversations.thread("story", story, people.viewer(id(people, "anouk"))).responses().get(4).id();
		responses.markHelpful(id(people, "anouk"), last, true);
		ThreadView thread = conversations.thread("story", story, people.viewer(id(people, "fleur")));
		assertThat(thread.responses()).hasSize(5);
		assertThat(thread.responses().get(0).id()).as("helpful first").isEqualTo(last);
		assertThat(thread.responses().get(0).helpful()).isTrue();
		assertThat(events.stream(ResponseMarkedHelpful.class)).anyMatch(e -> e.responseId().equals(last));
		UUID firstId = first;
		assertThatThrownBy(() -> responses.markHelpful(id(people, "bram"), firstId, true))
			.isInstanceOf(ApiProblemException.class);
	}

	@Test
	void edits_and_removals_of_visible_responses_are_announced_for_copies_of_the_text() {
		UUID story = story(stories, people, "anouk", Audience.platform(), "Tekst die verandert");
		UUID bram = id(people, "bram");
		ResponseRow row = responses.post(bram, "story", story, null, ResponseKind.SUGGESTION, "Eerste versie.",
				UUID.randomUUID(), Join.NEW);
		assertThat(conversations.visibleResponseIds("story", story)).containsExactly(row.id());
		responses.edit(bram, row.id(), "Tweede versie.");
		responses.delete(bram, row.id());
		assertThat(events.stream(ResponseChanged.class).filter(e -> e.responseId().equals(row.id())))
			.extracting(ResponseChanged::removed)
			.containsExactly(false, true);
		assertThat(conversations.visibleResponseIds("story", story)).isEmpty();
		assertThat(conversations.document(row.id())).isEmpty();
	}

	@Test
	void the_most_active_subjects_of_a_period_count_responses_and_reactions() {
		java.time.Instant since = java.time.Instant.now().minusSeconds(1);
		UUID quiet = story(stories, people, "anouk", Audience.platform(), "Een rustig verhaal");
		UUID busy = story(stories, people, "anouk", Audience.platform(), "Een druk besproken verhaal");
		responses.post(id(people, "bram"), "story", busy, null, ResponseKind.RECOGNITION, "Herkenbaar.",
				UUID.randomUUID(), Join.NEW);
		responses.react(id(people, "bram"), "story", busy, ReactionKind.RECOGNISE, true);
		responses.react(id(people, "chantal"), "story", busy, ReactionKind.INSTRUCTIVE, true);
		responses.react(id(people, "chantal"), "story", quiet, ReactionKind.RECOGNISE, true);
		var active = conversations.mostActive("story", since, 100);
		assertThat(active).extracting(SubjectActivity::subjectId).containsSubsequence(busy, quiet);
		assertThat(active).filteredOn(a -> a.subjectId().equals(busy))
			.singleElement()
			.isEqualTo(new SubjectActivity(busy, 1, 1, 1));
		assertThat(conversations.mostActive("story", java.time.Instant.now().plusSeconds(60), 100)).isEmpty();
	}

	@Test
	void replies_go_one_level_deep() {
		UUID story = story(stories, people, "anouk", Audience.platform(), "Een draad");
		ResponseRow top = responses.post(id(people, "bram"), "story", story, null, ResponseKind.QUESTION, "Waarom?",
				UUID.randomUUID(), Join.NEW);
		ResponseRow reply = responses.post(id(people, "anouk"), "story", story, top.id(), null, "Daarom.",
				UUID.randomUUID(), Join.NEW);
		assertThat(reply.parentId()).isEqualTo(top.id());
		assertThat(reply.kind()).isNull();
		assertThatThrownBy(() -> responses.post(id(people, "bram"), "story", story, reply.id(), null, "En verder?",
				UUID.randomUUID(), Join.NEW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations().get(0).code()).isEqualTo("conversation.parent.one-level"));
		assertThat(events.stream(ResponsePosted.class).filter(e -> e.responseId().equals(reply.id())))
			.singleElement()
			.satisfies(e -> assertThat(e.parentAuthorId()).isEqualTo(id(people, "bram")));
	}

	@Test
	void empty_oversize_and_kindless_responses_are_refused_with_field_errors() {
		UUID story = story(stories, people, "anouk", Audience.platform(), "Foute invoer");
		assertThatThrownBy(() -> responses.post(id(people, "bram"), "story", story, null, ResponseKind.QUESTION, "  ",
				UUID.randomUUID(), Join.NEW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations().get(0).code()).isEqualTo("conversation.body.required"));
		assertThatThrownBy(() -> responses.post(id(people, "bram"), "story", story, null, ResponseKind.QUESTION,
				"x".repeat(20_001), UUID.randomUUID(), Join.NEW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations().get(0).code()).isEqualTo("conversation.body.too-long"));
		assertThat(responses.post(id(people, "bram"), "story", story, null, ResponseKind.QUESTION, "x".repeat(20_000),
				UUID.randomUUID(), Join.NEW).body()).hasSize(20_000);
		assertThatThrownBy(() -> responses.post(id(people, "chantal"), "story", story, null, null, "Zonder soort",
				UUID.randomUUID(), Join.NEW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations().get(0).code()).isEqualTo("conversation.kind.required"));
	}

	@Test
	void personal_data_stops_a_response_until_it_is_waived_or_replaced() {
		UUID story = story(stories, people, "anouk", Audience.platform(), "Privacy in reacties");
		UUID draft = UUID.randomUUID();
		assertThatThrownBy(() -> responses.post(id(people, "bram"), "story", story, null, ResponseKind.RECOGNITION,
				"Bel meneer Jansen op 06-12345678.", draft, Join.NEW))
			.isInstanceOfSatisfying(ResponseRefusedException.class, e -> assertThat(e.findings()).hasSize(2));
		assertThat(conversations.thread("story", story, people.viewer(id(people, "bram"))).responses()).isEmpty();
	}

	@Test
	void a_quick_second_post_in_the_same_thread_is_offered_to_join_the_first() {
		UUID story = story(stories, people, "anouk", Audience.platform(), "Samenvoegen");
		UUID chantal = id(people, "chantal");
		ResponseRow first = responses.post(chantal, "story", story, null, ResponseKind.SUGGESTION, "Eerste gedachte.",
				UUID.randomUUID(), Join.ASK);
		assertThatThrownBy(() -> responses.post(chantal, "story", story, null, ResponseKind.SUGGESTION, "Nog iets.",
				UUID.randomUUID(), Join.ASK))
			.isInstanceOfSatisfying(JoinOfferException.class, e -> assertThat(e.previousId()).isEqualTo(first.id()));
		ResponseRow joined = responses.post(chantal, "story", story, null, ResponseKind.SUGGESTION, "Nog iets.",
				UUID.randomUUID(), Join.ADD_TO_PREVIOUS);
		assertThat(joined.id()).isEqualTo(first.id());
		assertThat(joined.body()).isEqualTo("Eerste gedachte.\n\nNog iets.");
		responses.post(id(people, "bram"), "story", story, null, ResponseKind.QUESTION, "Hoezo?", UUID.randomUUID(),
				Join.ASK);
		assertThat(responses.post(chantal, "story", story, null, ResponseKind.SUGGESTION, "Omdat.", UUID.randomUUID(),
				Join.ASK).id()).as("someone answered in between: no offer").isNotEqualTo(first.id());
	}

	@Test
	void posting_is_limited_per_person_and_the_limit_says_so() {
		UUID story = story(stories, people, "anouk", Audience.platform(), "Veel reacties");
		UUID noor = id(people, "noor");
		for (int i = 0; i < maxResponses; i++) {
			responses.post(noor, "story", story, null, ResponseKind.RECOGNITION, "Reactie " + i, UUID.randomUUID(),
					Join.NEW);
		}
		assertThatThrownBy(() -> responses.post(noor, "story", story, null, ResponseKind.RECOGNITION, "Nummer elf",
				UUID.randomUUID(), Join.NEW))
			.isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.limit()).isEqualTo(maxResponses));
	}

	@Test
	void a_story_the_person_may_not_see_has_no_thread_for_them() {
		UUID story = story(stories, people, "anouk", Audience.organisation(people.viewer(id(people, "anouk")).organisationId()),
				"Alleen Lindewaarde");
		assertThatThrownBy(() -> conversations.thread("story", story, people.viewer(id(people, "mirjam"))))
			.isInstanceOf(ItemNotFoundException.class);
		assertThatThrownBy(() -> responses.post(id(people, "mirjam"), "story", story, null, ResponseKind.QUESTION, "Hoi",
				UUID.randomUUID(), Join.NEW))
			.isInstanceOf(ItemNotFoundException.class);
	}

	@Test
	void reactions_are_one_of_each_per_person_and_not_on_your_own_work() {
		UUID story = story(stories, people, "anouk", Audience.platform(), "Waardering");
		assertThat(responses.react(id(people, "bram"), "story", story, ReactionKind.RECOGNISE, true)).isTrue();
		assertThat(responses.react(id(people, "bram"), "story", story, ReactionKind.RECOGNISE, true)).isFalse();
		assertThat(responses.react(id(people, "bram"), "story", story, ReactionKind.INSTRUCTIVE, true)).isTrue();
		assertThat(conversations.thread("story", story, people.viewer(id(people, "anouk"))).reactions())
			.isEqualTo(new ReactionCounts(1, 1, false, false));
		assertThatThrownBy(() -> responses.react(id(people, "anouk"), "story", story, ReactionKind.RECOGNISE, true))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void a_mention_of_someone_who_may_see_the_story_is_recorded() {
		UUID story = story(stories, people, "anouk", Audience.organisation(people.viewer(id(people, "anouk")).organisationId()),
				"Noemen");
		ResponseRow row = responses.post(id(people, "bram"), "story", story, null, ResponseKind.KNOWLEDGE,
				"@fleur weet hier meer van, en @mirjam ook (maar zij kan het niet zien). @onbekend", UUID.randomUUID(),
				Join.NEW);
		assertThat(events.stream(MentionMade.class).filter(e -> e.responseId().equals(row.id())))
			.extracting(MentionMade::mentionedId)
			.containsExactly(id(people, "fleur"));
	}

}
