package nl.meesterschap.learning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.learning.credentials.LrsCredentials;

/** PUT and POST of statements: ids, immutability, atomic batches, and what the LRS adds. */
@IntegrationTest
class StatementResourceTests {

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
	void put_stores_a_statement_under_its_id_and_get_returns_it_with_stored_authority_and_version() throws Exception {
		UUID id = UUID.randomUUID();
		String statement = Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity"));
		mvc.perform(lrs.as(put("/xapi/statements").param("statementId", id.toString()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(statement)).andExpect(status().isNoContent());
		mvc.perform(lrs.as(get("/xapi/statements").param("statementId", id.toString())))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Experience-API-Version", "2.0.0"))
			.andExpect(header().string("Last-Modified", notNullValue()))
			.andExpect(header().string("X-Experience-API-Consistent-Through", notNullValue()))
			.andExpect(jsonPath("$.id").value(id.toString()))
			.andExpect(jsonPath("$.stored").value(notNullValue()))
			.andExpect(jsonPath("$.timestamp").value(notNullValue()))
			.andExpect(jsonPath("$.version").value("2.0.0"))
			.andExpect(jsonPath("$.authority.account.name").value(lrs.key()));
	}

	@Test
	void put_needs_a_statement_id_that_matches_the_statement() throws Exception {
		String statement = Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity"));
		mvc.perform(lrs.as(put("/xapi/statements")).contentType(MediaType.APPLICATION_JSON).content(statement))
			.andExpect(status().isBadRequest());
		mvc.perform(lrs.as(put("/xapi/statements").param("statementId", UUID.randomUUID().toString()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(Lrs.withId(UUID.randomUUID(), statement))).andExpect(status().isBadRequest());
		mvc.perform(lrs.as(put("/xapi/statements").param("statementId", "not-a-uuid"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(statement)).andExpect(status().isBadRequest());
	}

	@Test
	void statements_are_immutable_an_identical_resend_is_fine_a_different_one_is_409() throws Exception {
		UUID id = UUID.randomUUID();
		String verb = Lrs.unique("verb");
		String statement = Lrs.withId(id, Lrs.statement(Lrs.unique("mbox"), verb, Lrs.unique("activity")));
		mvc.perform(lrs.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON).content(statement))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0]").value(id.toString()));
		mvc.perform(lrs.as(put("/xapi/statements").param("statementId", id.toString()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(statement)).andExpect(status().isNoContent());
		mvc.perform(lrs.as(post("/xapi/statements"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(statement.replace(verb, "http://example.org/verbs/other"))).andExpect(status().isConflict());
		mvc.perform(lrs.as(get("/xapi/statements").param("statementId", id.toString())))
			.andExpect(jsonPath("$.verb.id").value(verb));
	}

	@Test
	void a_batch_with_one_invalid_statement_stores_nothing() throws Exception {
		UUID first = UUID.randomUUID();
		String valid = Lrs.withId(first, Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")));
		String invalid = Lrs.statement("not-an-email", Lrs.unique("verb"), Lrs.unique("activity"));
		mvc.perform(lrs.as(post("/xapi/statements"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("[" + valid + "," + invalid + "]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("actor.mbox")));
		mvc.perform(lrs.as(get("/xapi/statements").param("statementId", first.toString())))
			.andExpect(status().isNotFound());
	}

	@Test
	void a_batch_that_conflicts_with_a_stored_statement_stores_nothing() throws Exception {
		UUID stored = UUID.randomUUID();
		String statement = Lrs.withId(stored, Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")));
		mvc.perform(lrs.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON).content(statement))
			.andExpect(status().isOk());
		UUID fresh = UUID.randomUUID();
		String other = Lrs.withId(fresh, Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")));
		String conflicting = Lrs.withId(stored, Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")));
		mvc.perform(lrs.as(post("/xapi/statements"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("[" + other + "," + conflicting + "]")).andExpect(status().isConflict());
		mvc.perform(lrs.as(get("/xapi/statements").param("statementId", fresh.toString())))
			.andExpect(status().isNotFound());
	}

	@Test
	void a_batch_may_not_repeat_an_id_and_returns_all_ids_in_order() throws Exception {
		UUID id = UUID.randomUUID();
		String statement = Lrs.withId(id, Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")));
		mvc.perform(lrs.as(post("/xapi/statements"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("[" + statement + "," + statement + "]")).andExpect(status().isBadRequest());
		String without = Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity"));
		mvc.perform(lrs.as(post("/xapi/statements"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("[" + statement + "," + without + "]"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0]").value(id.toString()));
	}

	@Test
	void the_lrs_overwrites_authority_and_stored_and_converts_timestamps_to_utc() throws Exception {
		UUID id = UUID.randomUUID();
		String statement = Lrs.withId(id, Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")))
			.replaceFirst("\\}$", ", \"timestamp\": \"2023-05-04T12:00:00-05:00\", \"stored\": \"2001-01-01T00:00:00Z\", "
					+ "\"authority\": {\"mbox\": \"mailto:someone@example.org\"}}");
		mvc.perform(lrs.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON).content(statement))
			.andExpect(status().isOk());
		mvc.perform(lrs.as(get("/xapi/statements").param("statementId", id.toString())))
			.andExpect(jsonPath("$.timestamp").value("2023-05-04T17:00Z"))
			.andExpect(jsonPath("$.stored", org.hamcrest.Matchers.not("2001-01-01T00:00:00Z")))
			.andExpect(jsonPath("$.authority.account.name").value(lrs.key()));
	}

	@Test
	void content_types_other_than_json_or_multipart_mixed_are_refused() throws Exception {
		mvc.perform(lrs.as(post("/xapi/statements"))
			.contentType(MediaType.TEXT_PLAIN)
			.content(Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity"))))
			.andExpect(status().isBadRequest());
		mvc.perform(lrs.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON).content("{\"actor\": "))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("X-Experience-API-Version", "2.0.0"));
	}

}
