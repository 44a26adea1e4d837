package nl.meesterschap.learning;

import static nl.meesterschap.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.learning.credentials.LrsCredentials;

/**
 * Who may use the LRS: HTTP Basic with an organisation's LRS credentials, which only administrators make (page and
 * API), which can be revoked, and which never reach another organisation's records.
 */
@IntegrationTest
class LrsAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	LrsCredentials credentials;

	@Autowired
	UserDetailsService accounts;

	@Test
	void without_or_with_wrong_credentials_the_lrs_answers_401_with_a_basic_challenge() throws Exception {
		mvc.perform(get("/xapi/statements").header("X-Experience-API-Version", "2.0.0"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Meesterschap LRS\""))
			.andExpect(header().string("X-Experience-API-Version", "2.0.0"));
		mvc.perform(get("/xapi/statements").header("X-Experience-API-Version", "2.0.0")
			.header("Authorization", Lrs.basic("lucas", DemoUsers.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void one_organisations_credentials_never_see_anothers_statements_or_documents() throws Exception {
		Lrs lindewaarde = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		Lrs deLinde = Lrs.of(people, credentials, Lrs.DE_LINDE);
		UUID id = UUID.randomUUID();
		String learner = Lrs.unique("mbox");
		String verb = Lrs.unique("verb");
		mvc.perform(lindewaarde.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON)
			.content(Lrs.withId(id, Lrs.statement(learner, verb, Lrs.unique("activity"))))).andExpect(status().isOk());
		mvc.perform(deLinde.as(get("/xapi/statements").param("statementId", id.toString())))
			.andExpect(status().isNotFound());
		mvc.perform(deLinde.as(get("/xapi/statements").param("verb", verb))).andExpect(jsonPath("$.statements").isEmpty());
		mvc.perform(deLinde.as(post("/xapi/statements")).contentType(MediaType.APPLICATION_JSON)
			.content(Lrs.withId(id, Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")))))
			.andExpect(status().isOk());

		String activity = Lrs.unique("activity");
		mvc.perform(lindewaarde.as(put("/xapi/activities/profile").param("activityId", activity).param("profileId", "p"))
			.header("If-None-Match", "*").contentType(MediaType.APPLICATION_JSON).content("{\"van\": \"Lindewaarde\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(deLinde.as(get("/xapi/activities/profile").param("activityId", activity).param("profileId", "p")))
			.andExpect(status().isNotFound());
		mvc.perform(deLinde.as(get("/xapi/activities").param("activityId", activity)))
			.andExpect(jsonPath("$.definition").doesNotExist());
	}

	@Test
	void an_admin_makes_lists_and_revokes_credentials_on_the_admin_page() throws Exception {
		mvc.perform(get("/beheer/lindewaarde/lrs").with(as(accounts, "lucas")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/xapi")));
		var made = mvc.perform(post("/beheer/lindewaarde/lrs").param("name", "Leeromgeving").param("xapiVersion", "1.0.3")
			.with(csrf()).with(as(accounts, "lucas")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("newSecret", "newKey"))
			.andReturn();
		String key = (String) made.getFlashMap().get("newKey");
		String secret = (String) made.getFlashMap().get("newSecret");
		mvc.perform(get("/xapi/statements").header("Authorization", Lrs.basic(key, secret))
			.header("X-Experience-API-Version", "1.0.3")).andExpect(status().isOk());
		UUID id = credentials.of(people.organisationBySlug("lindewaarde").orElseThrow().id()).stream()
			.filter(c -> c.key().equals(key)).findFirst().orElseThrow().id();
		mvc.perform(get("/beheer/lindewaarde/lrs").with(as(accounts, "lucas")))
			.andExpect(content().string(containsString(key)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
		mvc.perform(post("/beheer/lindewaarde/lrs/" + id + "/intrekken").with(csrf()).with(as(accounts, "lucas")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/xapi/statements").header("Authorization", Lrs.basic(key, secret))
			.header("X-Experience-API-Version", "1.0.3")).andExpect(status().isUnauthorized());
	}

	@Test
	void the_admin_page_is_404_for_non_admins_and_other_organisations() throws Exception {
		mvc.perform(get("/beheer/lindewaarde/lrs").with(as(accounts, "sanne"))).andExpect(status().isNotFound());
		mvc.perform(get("/beheer/jeugdhulp-de-linde/lrs").with(as(accounts, "lucas"))).andExpect(status().isNotFound());
		mvc.perform(post("/beheer/jeugdhulp-de-linde/lrs").with(csrf()).with(as(accounts, "lucas")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/beheer/lindewaarde/lrs").with(as(accounts, "anouk"))).andExpect(status().isForbidden());
	}

	@Test
	void an_admin_makes_credentials_with_a_personal_token_and_others_get_403() throws Exception {
		String token = token("lucas");
		String created = mvc.perform(post("/api/v1/lrs-credentials").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Script\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.key").exists())
			.andExpect(jsonPath("$.secret").exists())
			.andExpect(jsonPath("$.xapiVersion").value("2.0.0"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");
		mvc.perform(get("/xapi/about").header("Authorization",
				Lrs.basic(JsonPath.read(created, "$.key"), JsonPath.read(created, "$.secret")))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/lrs-credentials").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.credentials[?(@.id == '" + id + "')].name").value(org.hamcrest.Matchers.contains("Script")))
			.andExpect(jsonPath("$.credentials[0].secret").doesNotExist());
		mvc.perform(post("/api/v1/lrs-credentials").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"xapiVersion\": \"1.1\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("xapiVersion"));
		mvc.perform(post("/api/v1/lrs-credentials").header("Authorization", "Bearer " + token("anouk")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(delete("/api/v1/lrs-credentials/" + id).header("Authorization", "Bearer " + token("sanne")))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/lrs-credentials/" + id).header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());
	}

	private String token(String username) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/me/tokens").header("Authorization", Lrs.basic(username, DemoUsers.PASSWORD)))
			.andReturn().getResponse().getContentAsString(), "$.token");
	}

}
