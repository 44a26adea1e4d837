package nl.meesterschap.learning.records;

import static nl.meesterschap.DemoUsers.as;
import static nl.meesterschap.learning.records.RecordsFixture.ADL;
import static nl.meesterschap.learning.records.RecordsFixture.PROFILE;
import static nl.meesterschap.learning.records.RecordsFixture.PUBLIC_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.TestClock;
import nl.meesterschap.circles.ReflectionKind;
import nl.meesterschap.circles.SessionAttended;
import nl.meesterschap.circles.SessionRole;
import nl.meesterschap.circles.internal.AttendanceService;
import nl.meesterschap.circles.internal.AttendanceService.AttendanceInput;
import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.ResponseMarkedHelpful;
import nl.meesterschap.conversation.internal.DilemmaService;
import nl.meesterschap.conversation.internal.Join;
import nl.meesterschap.conversation.internal.ResponseRow;
import nl.meesterschap.conversation.internal.ResponseService;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.internal.Administration;
import nl.meesterschap.learning.Lrs;
import nl.meesterschap.learning.credentials.LrsCredentials;
import nl.meesterschap.learning.statements.LrsJson;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.PrincipleRead;
import nl.meesterschap.practice.StoryPublished;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.signals.SignalKind;
import nl.meesterschap.signals.internal.RaiseCommand;
import nl.meesterschap.signals.internal.Signal;
import nl.meesterschap.signals.internal.SignalService;

/**
 * What professionals do on the platform lands as xAPI statements in their own organisation's LRS, as the profile
 * says (verb, object, context, result), about ids only, once however often an event arrives, and out of sight of
 * another organisation's LRS clients.
 */
@IntegrationTest
@RecordApplicationEvents
class PlatformRecordsTests {

	@Autowired
	People people;

	@Autowired
	Administration administration;

	@Autowired
	StoryService stories;

	@Autowired
	ResponseService responses;

	@Autowired
	DilemmaService dilemmas;

	@Autowired
	CircleService circles;

	@Autowired
	SessionService sessions;

	@Autowired
	AttendanceService attendance;

	@Autowired
	SignalService signals;

	@Autowired
	LrsCredentials credentials;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ApplicationEvents events;

	@Autowired
	TestClock clock;

	@Autowired
	PlatformActivityListener proxy;

	/** The listener itself, called on this thread as the publication registry calls it when it redelivers. */
	PlatformActivityListener listener;

	RecordsFixture fixture;

	@BeforeEach
	void fixture() {
		listener = AopTestUtils.getTargetObject(proxy);
		fixture = new RecordsFixture(people, administration, stories, jdbc, mvc,
				Lrs.of(people, credentials, Lrs.LINDEWAARDE), Lrs.of(people, credentials, Lrs.DE_LINDE));
	}

	@Test
	void a_story_shared_with_a_reflection_model_is_a_shared_story_and_a_reflection_of_its_author() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID story = fixture.dilemmaStory(sara, "Klein houden of opschalen");

		JsonNode shared = single(fixture.await(sara, ADL + "shared"));
		assertThat(shared.at("/actor/account/homePage").stringValue()).isEqualTo(PUBLIC_URL);
		assertThat(shared.at("/actor/account/name").stringValue()).isEqualTo(sara.toString());
		assertThat(shared.at("/actor/name").isMissingNode()).as("no names").isTrue();
		assertThat(shared.at("/verb/display/nl-NL").stringValue()).isEqualTo("deelde");
		assertThat(shared.at("/object/id").stringValue()).isEqualTo(PUBLIC_URL + "/verhalen/" + story);
		assertThat(shared.at("/object/definition/type").stringValue()).isEqualTo(PROFILE + "/activity-types/practice-story");
		assertThat(shared.at("/context/contextActivities/category/0/id").stringValue()).isEqualTo(PROFILE);
		assertThat(shared.at("/authority/name").stringValue()).isEqualTo("Meesterschap");

		JsonNode reflected = single(fixture.await(sara, PROFILE + "/verbs/reflected"));
		assertThat(reflected.at("/object/id").stringValue()).isEqualTo(PUBLIC_URL + "/verhalen/" + story);
		assertThat(reflected.at("/context/extensions").get(PROFILE + "/extensions/reflection-model").stringValue())
			.isEqualTo("DILEMMA");
		assertThat(reflected.at("/context/extensions").has(PROFILE + "/extensions/skj-dimensions"))
			.as("practice does not ask for the SKJ dimensions yet")
			.isFalse();

		assertThat(LrsJson.write(shared) + LrsJson.write(reflected)).doesNotContain("Klein houden")
			.doesNotContain("gezin")
			.doesNotContain("Sara");
		onlyInOwnOrganisation(shared);
		onlyInOwnOrganisation(reflected);
	}

	@Test
	void a_story_in_the_free_model_is_shared_but_is_no_reflection() throws Exception {
		UUID tom = fixture.newPerson("Tom Verbeek");
		UUID story = fixture.freeStory(tom, "Een keukentafelgesprek",
				"Ik voerde een keukentafelgesprek en leerde dat ik eerst moet luisteren.");
		single(fixture.await(tom, ADL + "shared"));
		fixture.awaitListeners(story);
		assertThat(fixture.statements(fixture.lindewaarde, tom, null)).hasSize(1);
	}

	@Test
	void a_response_is_a_comment_on_the_story_with_the_response_as_related_activity() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID tom = fixture.newPerson("Tom Verbeek");
		UUID story = fixture.dilemmaStory(sara, "Een boete voor een vergeten melding");
		ResponseRow response = responses.post(tom, "story", story, null, ResponseKind.SUGGESTION,
				"Probeer eens een netwerkberaad met de school erbij.", UUID.randomUUID(), Join.NEW);

		JsonNode commented = single(fixture.await(tom, ADL + "commented"));
		assertThat(commented.at("/object/id").stringValue()).isEqualTo(PUBLIC_URL + "/verhalen/" + story);
		assertThat(commented.at("/context/contextActivities/other/0/id").stringValue())
			.isEqualTo(PUBLIC_URL + "/verhalen/" + story + "#reactie-" + response.id());
		JsonNode extensions = commented.at("/context/extensions");
		assertThat(extensions.get(PROFILE + "/extensions/response-kind").stringValue()).isEqualTo("suggestion");
		assertThat(extensions.get(PROFILE + "/extensions/reply").booleanValue()).isFalse();
		assertThat(LrsJson.write(commented)).doesNotContain("netwerkberaad");

		ResponseRow reply = responses.post(sara, "story", story, response.id(), null, "Dank je, dat ga ik doen.",
				UUID.randomUUID(), Join.NEW);
		JsonNode replied = single(fixture.await(sara, ADL + "commented"));
		assertThat(replied.at("/context/contextActivities/other/0/id").stringValue()).endsWith("#reactie-" + reply.id());
		assertThat(replied.at("/context/extensions").get(PROFILE + "/extensions/reply").booleanValue()).isTrue();
		assertThat(replied.at("/context/extensions").has(PROFILE + "/extensions/response-kind")).isFalse();

		var related = fixture.statements(fixture.lindewaarde, tom, null);
		assertThat(related).extracting(s -> s.at("/verb/id").stringValue()).containsExactly(ADL + "commented");
		onlyInOwnOrganisation(commented);
	}

	@Test
	void helpful_is_a_record_of_the_responder_and_marking_it_again_records_nothing_new() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID tom = fixture.newPerson("Tom Verbeek");
		UUID story = fixture.dilemmaStory(sara, "Een netwerkberaad");
		ResponseRow response = responses.post(tom, "story", story, null, ResponseKind.SUGGESTION,
				"Probeer een netwerkberaad.", UUID.randomUUID(), Join.NEW);
		responses.markHelpful(sara, response.id(), true);

		JsonNode helped = single(fixture.await(tom, PROFILE + "/verbs/helped"));
		assertThat(helped.at("/actor/account/name").stringValue()).isEqualTo(tom.toString());
		assertThat(helped.at("/object/id").stringValue())
			.isEqualTo(PUBLIC_URL + "/verhalen/" + story + "#reactie-" + response.id());
		assertThat(helped.at("/object/definition/type").stringValue()).isEqualTo(PROFILE + "/activity-types/response");
		assertThat(helped.at("/context/contextActivities/parent/0/id").stringValue())
			.isEqualTo(PUBLIC_URL + "/verhalen/" + story);
		assertThat(LrsJson.write(helped)).as("not who marked it").doesNotContain(sara.toString());
		assertThat(fixture.statements(fixture.lindewaarde, sara, PROFILE + "/verbs/helped")).isEmpty();

		responses.markHelpful(sara, response.id(), false);
		responses.markHelpful(sara, response.id(), true);
		List<ResponseMarkedHelpful> marked = events.stream(ResponseMarkedHelpful.class)
			.filter(e -> e.responseId().equals(response.id()))
			.toList();
		assertThat(marked).hasSize(2);
		fixture.awaitListeners(response.id());
		assertThat(fixture.statements(fixture.lindewaarde, tom, PROFILE + "/verbs/helped")).singleElement()
			.satisfies(s -> assertThat(s.get("id")).isEqualTo(helped.get("id")));
		onlyInOwnOrganisation(helped);
	}

	@Test
	void an_answered_dilemma_names_the_round_and_its_story_but_not_the_choice() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID tom = fixture.newPerson("Tom Verbeek");
		UUID story = fixture.dilemmaStory(sara, "Wat zou jij doen bij deze melding?");
		UUID dilemma = dilemmas.open(sara, "story", story, "Klein houden of meer hulp inschakelen?",
				List.of("Klein houden", "Meer hulp inschakelen"), 0, null, null);
		dilemmas.answer(tom, "story", story, 1, "Veiligheid van de kinderen gaat voor.");

		JsonNode answered = single(fixture.await(tom, ADL + "answered"));
		assertThat(answered.at("/object/id").stringValue())
			.isEqualTo(PUBLIC_URL + "/verhalen/" + story + "#dilemma-" + dilemma);
		assertThat(answered.at("/object/definition/type").stringValue()).isEqualTo(PROFILE + "/activity-types/dilemma");
		assertThat(answered.at("/context/contextActivities/parent/0/id").stringValue())
			.isEqualTo(PUBLIC_URL + "/verhalen/" + story);
		assertThat(answered.has("result")).as("the choice and reasoning stay on the platform").isFalse();
		assertThat(LrsJson.write(answered)).doesNotContain("Veiligheid").doesNotContain("Meer hulp");
		onlyInOwnOrganisation(answered);
	}

	@Test
	void an_attended_session_has_the_role_the_net_minutes_and_the_reflection_kind() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID tom = fixture.newPerson("Tom Verbeek");
		UUID gert = fixture.id("gert");
		Circle circle = circles.create(gert, new CircleService.CircleInput("Kring records", Circle.Kind.INTERVISION.name(),
				"Test", null));
		for (UUID member : List.of(sara, tom)) {
			circles.invite(gert, circle.id(), member);
			circles.accept(member, circle.id(), true);
		}
		java.time.Instant start = java.time.Instant.now().minus(Duration.ofDays(1));
		Session session = sessions.plan(gert, circle.id(), new SessionService.SessionInput("INCIDENT", start,
				start.plus(Duration.ofMinutes(120)), "Wijkcentrum De Schakel", null, null));
		attendance.record(gert, session.id(), ReflectionKind.INTERVISION, List.of(
				new AttendanceInput(gert, true, null, null),
				new AttendanceInput(sara, true, 90, SessionRole.CASE_BRINGER),
				new AttendanceInput(tom, true, 45, null)));
		attendance.close(gert, session.id());

		JsonNode attended = single(fixture.await(sara, ADL + "attended"));
		assertThat(attended.at("/object/id").stringValue()).isEqualTo(PUBLIC_URL + "/sessies/" + session.id());
		assertThat(attended.at("/object/definition/type").stringValue())
			.isEqualTo("http://adlnet.gov/expapi/activities/meeting");
		assertThat(attended.at("/result/duration").stringValue()).isEqualTo("PT1H30M");
		assertThat(attended.at("/result/extensions").get(PROFILE + "/extensions/counts-for-registration").booleanValue())
			.isTrue();
		assertThat(attended.at("/context/extensions").get(PROFILE + "/extensions/session-role").stringValue())
			.isEqualTo("case-bringer");
		assertThat(attended.at("/context/extensions").get(PROFILE + "/extensions/reflection-kind").stringValue())
			.isEqualTo("intervision");
		assertThat(attended.at("/context/contextActivities/parent/0/id").stringValue())
			.isEqualTo(PUBLIC_URL + "/leerkringen/" + circle.id());
		assertThat(java.time.Instant.parse(attended.get("timestamp").stringValue()))
			.isEqualTo(session.startsAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		assertThat(LrsJson.write(attended)).doesNotContain("Kring records").doesNotContain("Schakel");

		JsonNode short_ = single(fixture.await(tom, ADL + "attended"));
		assertThat(short_.at("/result/duration").stringValue()).isEqualTo("PT45M");
		assertThat(short_.at("/result/extensions").get(PROFILE + "/extensions/counts-for-registration").booleanValue())
			.isFalse();
		assertThat(short_.at("/context/extensions").get(PROFILE + "/extensions/session-role").stringValue())
			.isEqualTo("participant");
		onlyInOwnOrganisation(attended);
	}

	@Test
	void a_raised_signal_is_recorded_and_an_anonymous_one_is_not() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		Signal signal = signals.raise(sara, command("Brieven over terugvorderen schrikken af", false));

		JsonNode raised = single(fixture.await(sara, PROFILE + "/verbs/raised"));
		assertThat(raised.at("/object/id").stringValue()).isEqualTo(PUBLIC_URL + "/signalen/" + signal.id());
		assertThat(raised.at("/context/extensions").get(PROFILE + "/extensions/signal-kind").stringValue())
			.isEqualTo("rule-pinches");
		assertThat(LrsJson.write(raised)).doesNotContain("terugvorderen");
		onlyInOwnOrganisation(raised);

		UUID tom = fixture.newPerson("Tom Verbeek");
		Signal anonymous = signals.raise(tom, command("Wachtlijst voor schuldhulp loopt op", true));
		fixture.awaitListeners(anonymous.id());
		assertThat(fixture.statements(fixture.lindewaarde, tom, null)).isEmpty();
	}

	@Test
	void reading_a_principle_is_recorded_once_a_day() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		String username = fixture.username(sara);
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/koers/lindewaarde/principes/P2").with(as(accounts, username))).andExpect(status().isOk());
		}
		List<PrincipleRead> reads = events.stream(PrincipleRead.class).filter(e -> e.personId().equals(sara)).toList();
		assertThat(reads).as("announced once a day").hasSize(1);

		JsonNode read = single(fixture.await(sara, ADL + "experienced"));
		assertThat(read.at("/object/id").stringValue()).isEqualTo(PUBLIC_URL + "/koers/lindewaarde/principes/P2");
		assertThat(read.at("/object/definition/name/nl-NL").stringValue()).startsWith("P2 ");
		assertThat(read.at("/context/contextActivities/parent/0/id").stringValue())
			.isEqualTo(PUBLIC_URL + "/koers/lindewaarde");
		assertThat(read.at("/context/extensions").get(PROFILE + "/extensions/koers-version").intValue())
			.isEqualTo(reads.get(0).koersVersion());
		onlyInOwnOrganisation(read);

		listener.on(reads.get(0));
		assertThat(fixture.statements(fixture.lindewaarde, sara, ADL + "experienced")).as("redelivered").hasSize(1);

		clock.advance(Duration.ofDays(1));
		try {
			mvc.perform(get("/koers/lindewaarde/principes/P2").with(as(accounts, username))).andExpect(status().isOk());
			mvc.perform(get("/koers/lindewaarde/principes/P3").with(as(accounts, username))).andExpect(status().isOk());
		}
		finally {
			clock.reset();
		}
		assertThat(events.stream(PrincipleRead.class).filter(e -> e.personId().equals(sara)))
			.extracting(PrincipleRead::principleCode)
			.containsExactly("P2", "P2", "P3");
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> fixture.statements(fixture.lindewaarde, sara, ADL + "experienced").size() == 3);
		assertThat(fixture.statements(fixture.lindewaarde, sara, ADL + "experienced"))
			.extracting(s -> s.at("/object/id").stringValue())
			.containsExactlyInAnyOrder(PUBLIC_URL + "/koers/lindewaarde/principes/P2",
					PUBLIC_URL + "/koers/lindewaarde/principes/P2", PUBLIC_URL + "/koers/lindewaarde/principes/P3");
	}

	@Test
	void a_redelivered_event_records_nothing_twice() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID story = fixture.dilemmaStory(sara, "Een huisbezoek");
		fixture.await(sara, PROFILE + "/verbs/reflected");
		fixture.awaitListeners(story);
		StoryPublished published = events.stream(StoryPublished.class)
			.filter(e -> e.storyId().equals(story))
			.findFirst()
			.orElseThrow();
		listener.on(published);
		listener.on(published);
		listener.on(new SessionAttended(sara, UUID.randomUUID(), UUID.randomUUID(), ReflectionKind.SUPERVISION, 60,
				SessionRole.PARTICIPANT, java.time.Instant.parse("2026-03-02T13:00:00Z"), true));
		SessionAttended attended = new SessionAttended(sara, UUID.randomUUID(), UUID.randomUUID(),
				ReflectionKind.MORAL_CASE_DELIBERATION, 75, SessionRole.FACILITATOR,
				java.time.Instant.parse("2026-03-09T13:00:00Z"), true);
		listener.on(attended);
		listener.on(attended);

		List<JsonNode> all = fixture.statements(fixture.lindewaarde, sara, null);
		assertThat(all).extracting(s -> s.at("/verb/id").stringValue())
			.containsExactlyInAnyOrder(ADL + "shared", PROFILE + "/verbs/reflected", ADL + "attended", ADL + "attended");
		assertThat(all).extracting(s -> s.get("id").stringValue()).doesNotHaveDuplicates();

		String body = mvc.perform(fixture.lindewaarde.as(get("/xapi/statements").param("agent", RecordsFixture.agent(sara))
			.param("activity", PROFILE)
			.param("related_activities", "true"))).andReturn().getResponse().getContentAsString();
		assertThat(LrsJson.parse(body).get("statements")).as("the profile category finds every platform statement")
			.hasSize(4);
	}

	@Test
	void the_same_event_always_gets_the_same_statement_id_and_different_events_different_ones() {
		UUID story = UUID.randomUUID();
		assertThat(StatementIds.of("story-shared", story)).isEqualTo(StatementIds.of("story-shared", story))
			.isNotEqualTo(StatementIds.of("story-reflected", story))
			.isNotEqualTo(StatementIds.of("story-shared", UUID.randomUUID()));
		assertThat(StatementIds.of("principle-read", story, "P2", LocalDate.of(2026, 11, 29)))
			.isNotEqualTo(StatementIds.of("principle-read", story, "P2", LocalDate.of(2026, 11, 30)));
		assertThat(StatementIds.of("x").version()).isEqualTo(5);
	}

	/** Lindewaarde's LRS clients find the statement by id; De Linde's (another organisation) do not. */
	private void onlyInOwnOrganisation(JsonNode statement) throws Exception {
		String id = statement.get("id").stringValue();
		assertThat(fixture.byId(fixture.lindewaarde, id)).isNotNull();
		assertThat(fixture.byId(fixture.deLinde, id)).isNull();
		UUID person = UUID.fromString(statement.at("/actor/account/name").stringValue());
		assertThat(fixture.statements(fixture.deLinde, person, null)).isEmpty();
	}

	private static JsonNode single(List<JsonNode> statements) {
		assertThat(statements).hasSize(1);
		return statements.get(0);
	}

	private static RaiseCommand command(String title, boolean anonymous) {
		return new RaiseCommand(UUID.randomUUID(), title,
				"Mensen schrikken van een brief over terugvorderen en zeggen daarna werk af. Kan dat anders?",
				SignalKind.RULE_PINCHES, List.of(Domain.PARTICIPATIE), List.of("P10", "P11"), List.of(), null, null,
				null, anonymous);
	}

}
