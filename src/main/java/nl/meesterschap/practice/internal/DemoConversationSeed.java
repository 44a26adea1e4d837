package nl.meesterschap.practice.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.conversation.Conversations;
import nl.meesterschap.conversation.ReactionKind;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.identity.People;

import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations on the demo stories (src/main/resources/demo/conversations.json), through the conversation
 * module's own API, so the same rules apply; one story is open as a "wat zou jij doen?" round. Runs once, right
 * after the stories are seeded.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "meesterschap.demo.seed", havingValue = "true")
class DemoConversationSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoConversationSeed.class);

	private final JdbcClient jdbc;

	private final Conversations conversations;

	private final People people;

	private final JsonMapper json;

	DemoConversationSeed(JdbcClient jdbc, Conversations conversations, People people, JsonMapper json) {
		this.jdbc = jdbc;
		this.conversations = conversations;
		this.people = people;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (conversations.visibleResponseIds(null, 1).size() > 0 || people.personByUsername("anouk").isEmpty()) {
			return;
		}
		Demo demo;
		try (InputStream in = new ClassPathResource("demo/conversations.json").getInputStream()) {
			demo = json.readValue(in, Demo.class);
		}
		int responses = 0;
		for (DemoConversation c : demo.conversations()) {
			Published story = published(c.story());
			if (story == null) {
				log.warn("Demo conversation left out: no published story '{}'", c.story());
				continue;
			}
			Map<String, UUID> keys = new HashMap<>();
			for (DemoResponse r : c.responses()) {
				UUID id = conversations.respond(person(r.author()), StoryConversations.KIND, story.id(),
						r.parent() == null ? null : keys.get(r.parent()), r.kind(), r.text(),
						story.publishedAt().plus(Duration.ofHours(r.hoursAfter())));
				if (r.key() != null) {
					keys.put(r.key(), id);
				}
				if (Boolean.TRUE.equals(r.helpful())) {
					conversations.markHelpful(story.authorId(), id);
				}
				responses++;
			}
			c.reactions().forEach((kind, usernames) -> usernames.forEach(
					username -> conversations.react(person(username), StoryConversations.KIND, story.id(), kind)));
			if (c.dilemma() != null) {
				DemoDilemma d = c.dilemma();
				conversations.openDilemma(story.authorId(), StoryConversations.KIND, story.id(), d.question(), d.options(),
						d.ownerChoice(), d.ownerReasoning(), d.hideFromStep());
				d.answers().forEach(a -> conversations.answerDilemma(person(a.author()), StoryConversations.KIND, story.id(),
						a.choice(), a.reasoning()));
			}
		}
		log.info("Demo data: {} responses on {} stories", responses, demo.conversations().size());
	}

	private @Nullable Published published(String title) {
		return jdbc.sql("SELECT id, author_id, published_at FROM practice_story WHERE title = ? AND status = 'PUBLISHED'")
			.param(title)
			.query((rs, n) -> new Published(rs.getObject("id", UUID.class), rs.getObject("author_id", UUID.class),
					rs.getObject("published_at", java.time.OffsetDateTime.class).toInstant()))
			.optional()
			.orElse(null);
	}

	private UUID person(String username) {
		return people.personByUsername(username).orElseThrow().id();
	}

	record Published(UUID id, UUID authorId, java.time.Instant publishedAt) {
	}

	record Demo(List<DemoConversation> conversations) {
	}

	record DemoConversation(String story, Map<ReactionKind, List<String>> reactions, List<DemoResponse> responses,
			@Nullable DemoDilemma dilemma) {

		DemoConversation {
			reactions = reactions == null ? Map.of() : reactions;
			responses = responses == null ? List.of() : responses;
		}

	}

	record DemoResponse(@Nullable String key, String author, @Nullable ResponseKind kind, @Nullable String parent,
			int hoursAfter, String text, @Nullable Boolean helpful) {
	}

	record DemoDilemma(String question, List<String> options, int ownerChoice, String ownerReasoning,
			String hideFromStep, List<DemoAnswer> answers) {
	}

	record DemoAnswer(String author, int choice, String reasoning) {
	}

}
