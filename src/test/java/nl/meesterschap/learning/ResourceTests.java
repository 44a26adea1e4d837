package nl.meesterschap.learning;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.learning.credentials.LrsCredentials;

/** The Activities, Agents and About resources. */
@IntegrationTest
class ResourceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	LrsCredentials credentials;

	@Test
	void about_names_the_versions_without_credentials() throws Exception {
		mvc.perform(get("/xapi/about"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version", hasItems("1.0.3", "2.0.0")))
			.andExpect(jsonPath("$.extensions").isMap());
	}

	@Test
	void an_activity_definition_is_merged_from_the_statements_that_carry_it() throws Exception {
		Lrs lrs = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		String activity = Lrs.unique("activity");
		String learner = Lrs.unique("mbox");
		mvc.perform(lrs.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON)
			.content(Lrs.statement(learner, Lrs.unique("verb"), activity))).andExpect(status().isOk());
		mvc.perform(lrs.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON).content("""
				{"actor": {"mbox": "mailto:%s"}, "verb": {"id": "http://example.org/verbs/x"},
				 "object": {"id": "%s", "definition": {"name": {"de-DE": "Kollegiale Beratung"},
				   "type": "http://example.org/types/meeting"}}}""".formatted(learner, activity))).andExpect(status().isOk());
		mvc.perform(lrs.as(get("/xapi/activities").param("activityId", activity)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.objectType").value("Activity"))
			.andExpect(jsonPath("$.id").value(activity))
			.andExpect(jsonPath("$.definition.name.nl-NL").value("Intervisie"))
			.andExpect(jsonPath("$.definition.name.de-DE").value("Kollegiale Beratung"))
			.andExpect(jsonPath("$.definition.type").value("http://example.org/types/meeting"));
		mvc.perform(lrs.as(get("/xapi/activities").param("activityId", "http://example.org/never-seen")))
			.andExpect(jsonPath("$.id").value("http://example.org/never-seen"));
		mvc.perform(lrs.as(get("/xapi/activities"))).andExpect(status().isBadRequest());
	}

	@Test
	void the_agents_resource_returns_a_person() throws Exception {
		Lrs lrs = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		mvc.perform(lrs.as(get("/xapi/agents").param("agent", "{\"name\": \"Anouk\", \"mbox\": \"mailto:anouk@example.org\"}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.objectType").value("Person"))
			.andExpect(jsonPath("$.name[0]").value("Anouk"))
			.andExpect(jsonPath("$.mbox[0]").value("mailto:anouk@example.org"));
		mvc.perform(lrs.as(get("/xapi/agents").param("agent", "{\"name\": \"Anouk\"}"))).andExpect(status().isBadRequest());
	}

}
