package nl.meesterschap.learning.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import nl.meesterschap.circles.ReflectionKind;
import nl.meesterschap.circles.SessionAttended;
import nl.meesterschap.circles.SessionRole;
import nl.meesterschap.conversation.DilemmaAnswered;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.ResponseMarkedHelpful;
import nl.meesterschap.conversation.ResponsePosted;
import nl.meesterschap.learning.statements.LrsJson;
import nl.meesterschap.learning.statements.StatementValidator;
import nl.meesterschap.learning.statements.XapiVersion;
import nl.meesterschap.policy.PrincipleRead;
import nl.meesterschap.practice.StoryPublished;
import nl.meesterschap.signals.SignalKind;
import nl.meesterschap.signals.SignalRaised;

/**
 * Every statement of the profile conforms to xAPI 2.0.0 (and 1.0.3) by the LRS's own rules, is the same for the
 * same event, and carries the SKJ dimensions when they are given.
 */
class PlatformStatementsTests {

	static final String PROFILE = "https://meesterschap.example/xapi-profile";

	final PlatformStatements statements = new PlatformStatements("https://meesterschap.example/");

	final UUID person = UUID.randomUUID();

	final UUID story = UUID.randomUUID();

	final Instant at = Instant.parse("2026-11-29T09:12:44.123456Z");

	final StoryPublished published = new StoryPublished(story, person, UUID.randomUUID(), "platform", 1, true, at);

	@Test
	void every_statement_conforms_to_xapi() {
		List<ObjectNode> all = List.of(statements.storyShared(published),
				statements.reflected(published, "STARR", List.of(SkjDimension.NORMATIVE)),
				statements.commented(new ResponsePosted(UUID.randomUUID(), "story", story, person, null, null, person,
						ResponseKind.QUESTION, at)),
				statements.helped(new ResponseMarkedHelpful(UUID.randomUUID(), "signal", UUID.randomUUID(), person,
						UUID.randomUUID(), at)),
				statements.answered(new DilemmaAnswered(UUID.randomUUID(), "story", story, person, at)),
				statements.attended(new SessionAttended(person, UUID.randomUUID(), UUID.randomUUID(),
						ReflectionKind.MORAL_CASE_DELIBERATION, 135, SessionRole.NOTE_TAKER, at, true)),
				statements.raised(new SignalRaised(UUID.randomUUID(), UUID.randomUUID(), person, false,
						UUID.randomUUID(), SignalKind.WAITING_LIST, "Wachtlijst", "organisation:x", at)),
				statements.read(new PrincipleRead(person, UUID.randomUUID(), "lindewaarde", 3, "P2",
						"Zo licht als mogelijk, zo zwaar als nodig", LocalDate.of(2026, 11, 29), at)));
		for (ObjectNode statement : all) {
			assertThatCode(() -> StatementValidator.validate(statement, XapiVersion.V2_0_0)).as(LrsJson.write(statement))
				.doesNotThrowAnyException();
			assertThatCode(() -> StatementValidator.validate(statement, XapiVersion.V1_0_3)).as(LrsJson.write(statement))
				.doesNotThrowAnyException();
			assertThat(statement.at("/actor/account/homePage").stringValue()).isEqualTo("https://meesterschap.example");
			assertThat(statement.at("/context/contextActivities/category/0/id").stringValue()).isEqualTo(PROFILE);
			assertThat(statement.get("timestamp").stringValue()).isEqualTo("2026-11-29T09:12:44.123Z");
		}
		assertThat(all).extracting(s -> s.get("id").stringValue()).doesNotHaveDuplicates();
		assertThat(LrsJson.write(all.get(6))).as("no signal title").doesNotContain("Wachtlijst");
	}

	@Test
	void the_same_event_is_the_same_statement() {
		assertThat(statements.storyShared(published)).isEqualTo(statements.storyShared(published));
		SessionAttended attended = new SessionAttended(person, UUID.randomUUID(), UUID.randomUUID(),
				ReflectionKind.INTERVISION, 90, SessionRole.PARTICIPANT, at, true);
		assertThat(statements.attended(attended)).isEqualTo(statements.attended(attended));
		assertThat(statements.attended(attended).at("/result/duration").stringValue()).isEqualTo("PT1H30M");
	}

	@Test
	void a_reflection_names_the_skj_dimensions_once_each_in_a_fixed_order() {
		JsonNode reflected = statements.reflected(published, "KORTHAGEN",
				List.of(SkjDimension.PERSONAL, SkjDimension.TECHNICAL_INSTRUMENTAL, SkjDimension.PERSONAL));
		JsonNode extensions = reflected.at("/context/extensions");
		assertThat(extensions.get(PROFILE + "/extensions/reflection-model").stringValue()).isEqualTo("KORTHAGEN");
		assertThat(extensions.get(PROFILE + "/extensions/skj-dimensions").valueStream().map(JsonNode::stringValue))
			.containsExactly("technical-instrumental", "personal");
		assertThat(statements.reflected(published, "STARR", List.of()).at("/context/extensions")
			.has(PROFILE + "/extensions/skj-dimensions")).isFalse();
	}

	@Test
	void a_response_on_a_signal_points_at_the_signal_page() {
		UUID signal = UUID.randomUUID();
		UUID response = UUID.randomUUID();
		JsonNode helped = statements.helped(new ResponseMarkedHelpful(response, "signal", signal, person,
				UUID.randomUUID(), at));
		assertThat(helped.at("/object/id").stringValue())
			.isEqualTo("https://meesterschap.example/signalen/" + signal + "#reactie-" + response);
		assertThat(helped.at("/context/contextActivities/parent/0/definition/type").stringValue())
			.isEqualTo(PROFILE + "/activity-types/signal");
	}

}
