package nl.meesterschap.practice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;

/** The stories API contract (names as other tools use them). */
@IntegrationTest
class StoryApiTests {

	private static final String STARR = """
			{"title": "%s", "model": "STARR", "domains": ["WMO"],
			 "steps": {"situation": "%s", "task": "Ik wilde helpen.", "action": "Ik belde de corporatie.",
			           "result": "Er kwam een regeling.", "reflection": "Rust brengen werkt."},
			 "tags": ["schulden"], "principles": ["P2", {"code": "P5", "note": "Ik nam de ruimte."}],
			 "audience": "%s", "publish": %s}""";

	@Autowired
	MockMvc mvc;

	private final Map<String, String> tokens = new HashMap<>();

	@Test
	void a_published_story_is_created_and_read_back() throws Exception {
		String body = mvc.perform(as("anouk", post("/api/v1/stories")).contentType(MediaType.APPLICATION_JSON)
			.content(STARR.formatted("Post op orde", "Een moeder kwam met een tas vol post.", "PLATFORM", "true")))
			.andExpect(status().isCreated())
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.steps.situation").value("Een moeder kwam met een tas vol post."))
			.andExpect(jsonPath("$.principles[*].code", hasItem("P5")))
			.andExpect(jsonPath("$.principles[1].note").value("Ik nam de ruimte."))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(as("olaf", get("/api/v1/stories/" + id))).andExpect(status().isOk())
			.andExpect(jsonPath("$.author.displayName").value("Anouk de Vries"));
	}

	@Test
	void without_publish_it_stays_a_draft_that_only_the_author_sees() throws Exception {
		String id = create("bram", "Concept via API", "Nog niet klaar.", "PLATFORM", false);
		mvc.perform(as("bram", get("/api/v1/stories/" + id))).andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(as("chantal", get("/api/v1/stories/" + id))).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void an_organisation_story_is_404_for_another_organisation() throws Exception {
		String id = create("anouk", "Alleen Lindewaarde", "Een situatie in de wijk.", "ORGANISATION", true);
		mvc.perform(as("fleur", get("/api/v1/stories/" + id))).andExpect(status().isOk());
		mvc.perform(as("mirjam", get("/api/v1/stories/" + id))).andExpect(status().isNotFound());
		mvc.perform(as("mirjam", put("/api/v1/stories/" + id)).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void personal_data_gives_422_with_the_findings_and_creates_nothing() throws Exception {
		mvc.perform(as("chantal", post("/api/v1/stories")).contentType(MediaType.APPLICATION_JSON)
			.content(STARR.formatted("Met BSN", "Zijn BSN is 123456782 en hij belt vanaf 06-12345678.", "PLATFORM", "true")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.title").value("Persoonsgegevens gevonden"))
			.andExpect(jsonPath("$.findings[*].type", hasItem("BSN")))
			.andExpect(jsonPath("$.findings[*].type", hasItem("PHONE")))
			.andExpect(jsonPath("$.findings[0].field").value("steps.situation"))
			.andExpect(jsonPath("$.findings[0].start").value(12))
			.andExpect(jsonPath("$.findings[0].waivable").value(false));
		mvc.perform(as("chantal", get("/api/v1/stories").param("author", "me").param("status", "DRAFT")))
			.andExpect(jsonPath("$.stories[*].title", everyItem(org.hamcrest.Matchers.not("Met BSN"))));
	}

	@Test
	void a_colleague_may_read_but_not_change_or_delete() throws Exception {
		String id = create("dewi", "Een oudere man belde", "Een oudere man belde.", "PLATFORM", true);
		mvc.perform(as("emre", put("/api/v1/stories/" + id)).contentType(MediaType.APPLICATION_JSON)
			.content(STARR.formatted("Gewijzigd", "x", "PLATFORM", "true")))
			.andExpect(status().isForbidden());
		mvc.perform(as("emre", delete("/api/v1/stories/" + id))).andExpect(status().isForbidden());
		mvc.perform(as("dewi", put("/api/v1/stories/" + id)).contentType(MediaType.APPLICATION_JSON)
			.content(STARR.formatted("Een oudere man belde, bijgewerkt", "Een oudere man belde op maandag.", "PLATFORM", "false")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.title").value("Een oudere man belde, bijgewerkt"));
		mvc.perform(as("dewi", delete("/api/v1/stories/" + id))).andExpect(status().isNoContent());
		mvc.perform(as("dewi", get("/api/v1/stories/" + id))).andExpect(status().isNotFound());
	}

	@Test
	void the_list_filters_by_domain_principle_and_author() throws Exception {
		create("gert", "Lijst-test jeugd", "Een jongen van vijftien spijbelde.", "PLATFORM", true);
		mvc.perform(as("gert", get("/api/v1/stories").param("domain", "WMO").param("principle", "P5")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", greaterThan(0)))
			.andExpect(jsonPath("$.stories[*].domains[*]", hasItem("WMO")));
		mvc.perform(as("gert", get("/api/v1/stories").param("author", "me")))
			.andExpect(jsonPath("$.stories[*].author.displayName", everyItem(is("Gert Mulder"))));
		mvc.perform(as("gert", get("/api/v1/stories").param("domain", "SPORT")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("domain"));
	}

	@Test
	void bad_input_gets_field_errors() throws Exception {
		mvc.perform(as("hanneke", post("/api/v1/stories")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"x\", \"model\": \"KOLB\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("model"));
		mvc.perform(as("hanneke", post("/api/v1/stories")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"x\", \"model\": \"STARR\", \"steps\": {\"situation\": \"" + "a".repeat(20_001)
					+ "\", \"bogus\": \"y\"}, \"publish\": true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[*].name", hasItem("steps.situation")))
			.andExpect(jsonPath("$.invalidParams[*].name", hasItem("steps.bogus")))
			.andExpect(jsonPath("$.invalidParams[*].name", hasItem("domains")));
		mvc.perform(as("hanneke", post("/api/v1/stories")).contentType(MediaType.APPLICATION_JSON).content("[1,2"))
			.andExpect(status().isBadRequest());
		mvc.perform(as("hanneke", post("/api/v1/stories")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"x\", \"model\": \"STARR\", \"principles\": [\"P99\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].reason", containsString("P99")));
	}

	@Test
	void hostile_html_is_kept_as_text_not_markup() throws Exception {
		String id = create("jeroen", "<script>alert(1)</script>", "<img src=x onerror=alert(1)> tekst", "PLATFORM", true);
		mvc.perform(as("jeroen", get("/api/v1/stories/" + id)))
			.andExpect(jsonPath("$.title").value("<script>alert(1)</script>"));
	}

	private String create(String user, String title, String situation, String audience, boolean publish)
			throws Exception {
		String body = mvc.perform(as(user, post("/api/v1/stories")).contentType(MediaType.APPLICATION_JSON)
			.content(STARR.formatted(title, situation, audience, publish)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) throws Exception {
		String token = tokens.get(user);
		if (token == null) {
			token = JsonPath.read(mvc.perform(post("/api/v1/me/tokens").with(httpBasic(user, DemoUsers.PASSWORD)))
				.andReturn().getResponse().getContentAsString(), "$.token");
			tokens.put(user, token);
		}
		return request.header("Authorization", "Bearer " + token);
	}

}
