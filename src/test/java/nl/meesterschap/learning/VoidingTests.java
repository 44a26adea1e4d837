package nl.meesterschap.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.learning.credentials.LrsCredentials;

/**
 * Voiding (xAPI Data 2.3.2, Communication 2.1.4): a voided statement leaves queries and is found only by
 * voidedStatementId; statements that target it, the voiding statement included, are still found by what finds it.
 */
@IntegrationTest
class VoidingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	LrsCredentials credentials;

	Lrs lrs;

	@BeforeEach
	void credential() {
		lrs = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
	}

	@Test
	void a_voided_statement_is_only_found_by_voided_statement_id_and_its_targeters_stay_findable() throws Exception {
		String verb = Lrs.unique("verb");
		UUID voided = UUID.randomUUID();
		store(Lrs.withId(voided, Lrs.statement(Lrs.unique("mbox"), verb, Lrs.unique("activity"))));
		UUID voiding = UUID.randomUUID();
		store(Lrs.withId(voiding, voidingStatement(voided)));
		UUID reference = UUID.randomUUID();
		store(Lrs.withId(reference, """
				{"actor": {"mbox": "mailto:%s"}, "verb": {"id": "http://example.org/verbs/liked"},
				 "object": {"objectType": "StatementRef", "id": "%s"}}""".formatted(Lrs.unique("mbox"), voided)));

		mvc.perform(lrs.as(get("/xapi/statements").param("statementId", voided.toString())))
			.andExpect(status().isNotFound());
		mvc.perform(lrs.as(get("/xapi/statements").param("voidedStatementId", voided.toString())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(voided.toString()));
		mvc.perform(lrs.as(get("/xapi/statements").param("voidedStatementId", voiding.toString())))
			.andExpect(status().isNotFound());
		List<String> byVerb = JsonPath.read(mvc.perform(lrs.as(get("/xapi/statements").param("verb", verb)))
			.andReturn().getResponse().getContentAsString(), "$.statements[*].id");
		assertThat(byVerb).containsExactly(reference.toString(), voiding.toString());
	}

	@Test
	void a_statement_that_arrives_after_its_voiding_statement_is_voided_and_voiding_cannot_be_voided() throws Exception {
		UUID late = UUID.randomUUID();
		UUID voiding = UUID.randomUUID();
		store(Lrs.withId(voiding, voidingStatement(late)));
		store(Lrs.withId(late, Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity"))));
		mvc.perform(lrs.as(get("/xapi/statements").param("statementId", late.toString())))
			.andExpect(status().isNotFound());
		store(voidingStatement(voiding));
		mvc.perform(lrs.as(get("/xapi/statements").param("statementId", voiding.toString())))
			.andExpect(status().isOk());
	}

	@Test
	void voiding_needs_a_statement_ref() throws Exception {
		mvc.perform(lrs.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON).content("""
				{"actor": {"mbox": "mailto:a@example.org"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
				 "object": {"id": "http://example.org/activity"}}""")).andExpect(status().isBadRequest());
	}

	private static String voidingStatement(UUID target) {
		return """
				{"actor": {"mbox": "mailto:admin@example.org"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/voided",
				 "display": {"en-US": "voided"}}, "object": {"objectType": "StatementRef", "id": "%s"}}""".formatted(target);
	}

	private void store(String statement) throws Exception {
		mvc.perform(lrs.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON).content(statement))
			.andExpect(status().isOk());
	}

}
