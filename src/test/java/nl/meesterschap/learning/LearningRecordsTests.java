package nl.meesterschap.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.learning.credentials.LrsCredentials;
import nl.meesterschap.learning.statements.LrsJson;

/** The module's API: other modules record statements for an organisation, with the platform as authority. */
@IntegrationTest
class LearningRecordsTests {

	@Autowired
	LearningRecords records;

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	LrsCredentials credentials;

	@Test
	void a_recorded_statement_is_in_the_organisations_lrs_with_the_platform_as_authority() throws Exception {
		UUID organisation = people.organisationBySlug(Lrs.LINDEWAARDE).orElseThrow().id();
		var statement = LrsJson.parse(Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")));
		UUID id = records.record(organisation, statement);
		assertThat(records.record(organisation, LrsJson.parse(Lrs.withId(id, LrsJson.write(statement))))).isEqualTo(id);
		Lrs lrs = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		mvc.perform(lrs.as(get("/xapi/statements").param("statementId", id.toString())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.authority.name").value("Meesterschap"))
			.andExpect(jsonPath("$.version").value("2.0.0"));
		mvc.perform(Lrs.of(people, credentials, Lrs.DE_LINDE).as(get("/xapi/statements").param("statementId", id.toString())))
			.andExpect(status().isNotFound());
	}

	@Test
	void an_invalid_statement_is_refused() {
		UUID organisation = people.organisationBySlug(Lrs.LINDEWAARDE).orElseThrow().id();
		assertThatThrownBy(() -> records.record(organisation, LrsJson.parse("{\"actor\": {}}")))
			.isInstanceOf(InvalidStatementException.class)
			.hasMessageContaining("actor");
	}

}
