package nl.meesterschap.identity;

import static nl.meesterschap.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import nl.meesterschap.identity.internal.Administration;

/** The API's access: personal tokens, problem details, and who "me" is. */
@IntegrationTest
class MeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	People people;

	@Autowired
	Administration administration;

	@Test
	void a_token_made_with_the_password_opens_the_api() throws Exception {
		String token = token("bram", DemoUsers.PASSWORD);
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.username").value("bram"))
			.andExpect(jsonPath("$.organisation.name").value("Gemeente Lindewaarde"))
			.andExpect(jsonPath("$.teams[*].name", hasItem("Wijkteam Noord")))
			.andExpect(jsonPath("$.roles", hasItem("PROFESSIONAL")));
	}

	@Test
	void without_credentials_the_api_answers_401_problem_json() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Niet ingelogd"))
			.andExpect(jsonPath("$.detail", containsString("Bearer")));
	}

	@Test
	void a_revoked_or_made_up_token_is_refused() throws Exception {
		String token = token("emre", DemoUsers.PASSWORD);
		String id = JsonPath.read(mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
			.andReturn().getResponse().getContentAsString(), "$.tokens[0].id");
		mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail", containsString("ongeldig of ingetrokken")));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer msp_verzonnen"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer ")).andExpect(status().isUnauthorized());
	}

	@Test
	void a_token_stops_working_at_once_when_an_administrator_disables_the_account() throws Exception {
		String token = token("sanne", DemoUsers.PASSWORD);
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		UUID sanne = people.personByUsername("sanne").orElseThrow().id();
		UUID noor = people.personByUsername("noor").orElseThrow().id();
		OrganisationSummary jeugdhulp = people.organisation(people.viewer(sanne).organisationId()).orElseThrow();
		administration.setEnabled(noor, jeugdhulp, sanne, false);
		try {
			mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		}
		finally {
			administration.setEnabled(noor, jeugdhulp, sanne, true);
		}
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void a_password_only_opens_token_creation_not_the_rest_of_the_api() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("fleur", DemoUsers.PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/me/tokens").with(httpBasic("fleur", "fout")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void a_token_cannot_make_another_token() throws Exception {
		String token = token("gert", DemoUsers.PASSWORD);
		mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("kan geen nieuw token")));
	}

	@Test
	void the_browser_session_can_make_a_token_but_only_with_a_csrf_token() throws Exception {
		mvc.perform(post("/api/v1/me/tokens").with(as(accounts, "hanneke")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("CSRF")));
		mvc.perform(post("/api/v1/me/tokens").with(as(accounts, "hanneke")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.token", startsWith("msp_")));
	}

	@Test
	void someone_elses_token_cannot_be_revoked() throws Exception {
		String ilse = token("ilse", DemoUsers.PASSWORD);
		String jeroen = token("jeroen", DemoUsers.PASSWORD);
		String jeroensTokenId = JsonPath.read(mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + jeroen))
			.andReturn().getResponse().getContentAsString(), "$.tokens[0].id");
		mvc.perform(delete("/api/v1/me/tokens/" + jeroensTokenId).header("Authorization", "Bearer " + ilse))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + jeroen)).andExpect(status().isOk());
	}

	@Test
	void a_too_long_token_name_is_a_400_with_the_field() throws Exception {
		mvc.perform(post("/api/v1/me/tokens").with(httpBasic("karin", DemoUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + "x".repeat(101) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("name"));
		mvc.perform(post("/api/v1/me/tokens").with(httpBasic("karin", DemoUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Ongeldige invoer"));
	}

	@Test
	void problems_are_in_english_when_asked() throws Exception {
		mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
			.andExpect(jsonPath("$.title").value("Not logged in"));
	}

	private String token(String username, String password) throws Exception {
		String body = mvc.perform(post("/api/v1/me/tokens").with(httpBasic(username, password))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"test\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/me/tokens/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}

}
