package nl.meesterschap.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.learning.credentials.LrsCredentials;

/** Every filter of GET /statements, and the parameter rules around them. */
@IntegrationTest
class StatementQueryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	LrsCredentials credentials;

	Lrs lrs;

	String learner;

	String instructor;

	String verb;

	String course;

	String module;

	UUID registration;

	UUID attended;

	UUID completed;

	UUID taught;

	@BeforeEach
	void statements() throws Exception {
		lrs = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		learner = Lrs.unique("mbox");
		instructor = Lrs.unique("mbox");
		verb = Lrs.unique("verb");
		course = Lrs.unique("activity");
		module = Lrs.unique("activity");
		registration = UUID.randomUUID();
		attended = post(Lrs.statement(learner, verb, course).replaceFirst("\\}$",
				", \"context\": {\"registration\": \"" + registration + "\", \"instructor\": {\"mbox\": \"mailto:" + instructor
						+ "\"}, \"contextActivities\": {\"parent\": {\"id\": \"" + module + "\"}}}}"));
		completed = post(Lrs.statement(learner, Lrs.unique("verb"), module));
		taught = post(Lrs.statement(instructor, verb, Lrs.unique("activity")));
	}

	@Test
	void agent_matches_actor_or_object_and_related_agents_also_the_instructor() throws Exception {
		assertThat(ids(get("/xapi/statements").param("agent", agent(learner)))).containsExactly(completed, attended);
		assertThat(ids(get("/xapi/statements").param("agent", agent(instructor)))).containsExactly(taught);
		assertThat(ids(get("/xapi/statements").param("agent", agent(instructor)).param("related_agents", "true")))
			.containsExactly(taught, attended);
	}

	@Test
	void verb_activity_and_registration_filter_and_combine() throws Exception {
		assertThat(ids(get("/xapi/statements").param("verb", verb))).containsExactly(taught, attended);
		assertThat(ids(get("/xapi/statements").param("verb", verb).param("agent", agent(learner)))).containsExactly(attended);
		assertThat(ids(get("/xapi/statements").param("activity", module))).containsExactly(completed);
		assertThat(ids(get("/xapi/statements").param("activity", module).param("related_activities", "true")))
			.containsExactly(completed, attended);
		assertThat(ids(get("/xapi/statements").param("registration", registration.toString()))).containsExactly(attended);
		assertThat(ids(get("/xapi/statements").param("registration", registration.toString()).param("verb", verb)))
			.containsExactly(attended);
	}

	@Test
	void since_until_limit_and_ascending() throws Exception {
		String stored = JsonPath.read(body(get("/xapi/statements").param("statementId", completed.toString())), "$.stored");
		Instant completedAt = Instant.parse(stored);
		assertThat(ids(get("/xapi/statements").param("agent", agent(learner)).param("since", completedAt.toString())))
			.isEmpty();
		assertThat(ids(get("/xapi/statements").param("agent", agent(learner)).param("until", completedAt.toString())))
			.contains(completed);
		assertThat(ids(get("/xapi/statements").param("agent", agent(learner)).param("since", completedAt.minusSeconds(60).toString())))
			.containsExactly(completed, attended);
		assertThat(ids(get("/xapi/statements").param("agent", agent(learner)).param("limit", "1"))).containsExactly(completed);
		assertThat(ids(get("/xapi/statements").param("agent", agent(learner)).param("ascending", "true")))
			.containsExactly(attended, completed);
	}

	@Test
	void format_ids_and_canonical() throws Exception {
		String ids = body(get("/xapi/statements").param("statementId", attended.toString()).param("format", "ids"));
		assertThat(JsonPath.<Object>read(ids, "$.object")).isEqualTo(java.util.Map.of("id", course));
		String canonical = body(get("/xapi/statements").param("statementId", attended.toString())
			.param("format", "canonical")
			.header("Accept-Language", "en-US"));
		assertThat(JsonPath.<java.util.Map<String, String>>read(canonical, "$.verb.display")).containsOnlyKeys("en-US");
		assertThat(JsonPath.<java.util.Map<String, String>>read(canonical, "$.object.definition.name")).hasSize(1);
	}

	@Test
	void wrong_or_unknown_parameters_are_400() throws Exception {
		for (String[] parameter : List.of(new String[] { "LIMIT", "1" }, new String[] { "agent", "{\"name\": \"x\"}" },
				new String[] { "verb", "no iri" }, new String[] { "registration", "x" }, new String[] { "since", "yesterday" },
				new String[] { "limit", "-1" }, new String[] { "format", "full" }, new String[] { "ascending", "yes" })) {
			mvc.perform(lrs.as(get("/xapi/statements").param(parameter[0], parameter[1])))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(lrs.as(get("/xapi/statements").param("statementId", attended.toString()).param("verb", verb)))
			.andExpect(status().isBadRequest());
		mvc.perform(lrs.as(get("/xapi/statements").param("statementId", attended.toString())
			.param("voidedStatementId", attended.toString()))).andExpect(status().isBadRequest());
		mvc.perform(lrs.as(get("/xapi/statements").param("statementId", UUID.randomUUID().toString())))
			.andExpect(status().isNotFound());
	}

	private UUID post(String statement) throws Exception {
		String body = mvc.perform(lrs.as(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/xapi/statements"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(statement)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$[0]"));
	}

	private List<UUID> ids(MockHttpServletRequestBuilder request) throws Exception {
		List<String> ids = JsonPath.read(body(request), "$.statements[*].id");
		return ids.stream().map(UUID::fromString).toList();
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(lrs.as(request)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static String agent(String mbox) {
		return "{\"mbox\": \"mailto:" + mbox + "\"}";
	}

}
