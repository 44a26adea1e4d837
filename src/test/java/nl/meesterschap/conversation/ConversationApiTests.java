package nl.meesterschap.conversation;

import static nl.meesterschap.conversation.ConversationFixture.story;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
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
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.practice.internal.StoryService;

/** /api/v1/stories/{id}/responses, /api/v1/responses/{id}, reactions and flags. */
@IntegrationTest
class ConversationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StoryService stories;

	@Autowired
	People people;

	private final Map<String, String> tokens = new HashMap<>();

	@Test
	void a_response_is_posted_listed_edited_and_deleted() throws Exception {
		UUID story = story(stories, people, "hanneke", Audience.platform(), "Via de API");
		String location = mvc.perform(as("emre", post("/api/v1/stories/" + story + "/responses"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"QUESTION\", \"text\": \"Hoe *lang* duurde het?\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/responses/")))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(as("fleur", get("/api/v1/stories/" + story + "/responses")))
			.andExpect(status().isOk())
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.responses", hasSize(1)))
			.andExpect(jsonPath("$.responses[0].kind").value("QUESTION"))
			.andExpect(jsonPath("$.responses[0].html").value("<p>Hoe <em>lang</em> duurde het?</p>\n"))
			.andExpect(jsonPath("$.responses[0].author.displayName").value("Emre Yilmaz"));
		mvc.perform(as("fleur", put(location)).contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Gekaapt\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(as("emre", put(location)).contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Hoe lang?\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(as("emre", delete(location))).andExpect(status().isNoContent());
		mvc.perform(as("fleur", get("/api/v1/stories/" + story + "/responses"))).andExpect(jsonPath("$.responses", hasSize(0)));
	}

	@Test
	void errors_are_problem_json_with_the_right_status() throws Exception {
		UUID story = story(stories, people, "hanneke", Audience.team(people.viewer(ConversationFixture.id(people, "hanneke"))
			.teamIds().iterator().next()), "Alleen team Zuid");
		mvc.perform(as("emre", get("/api/v1/stories/" + story + "/responses"))).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		UUID open = story(stories, people, "hanneke", Audience.platform(), "Open voor iedereen");
		mvc.perform(as("emre", post("/api/v1/stories/" + open + "/responses")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"GOSSIP\", \"text\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("kind"));
		mvc.perform(as("emre", post("/api/v1/stories/" + open + "/responses")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"RECOGNITION\", \"text\": \"Zijn BSN is 123456782.\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.findings[0].type").value("BSN"));
	}

	@Test
	void reactions_and_flags_answer_as_documented() throws Exception {
		UUID story = story(stories, people, "hanneke", Audience.platform(), "Waardering via API");
		String response = mvc.perform(as("dewi", post("/api/v1/stories/" + story + "/responses"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"RECOGNITION\", \"text\": \"Heel herkenbaar.\"}"))
			.andReturn().getResponse().getHeader("Location");
		String id = response.substring(response.lastIndexOf('/') + 1);
		mvc.perform(as("jeroen", post(response + "/reactions")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"INSTRUCTIVE\"}")).andExpect(status().isCreated());
		mvc.perform(as("jeroen", post(response + "/reactions")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"INSTRUCTIVE\"}")).andExpect(status().isOk());
		mvc.perform(as("jeroen", delete(response + "/reactions/INSTRUCTIVE"))).andExpect(status().isNoContent());
		mvc.perform(as("jeroen", post("/api/v1/flags")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"targetType\": \"response\", \"targetId\": \"" + id + "\", \"reason\": \"OFF_TOPIC\"}"))
			.andExpect(status().isCreated());
		mvc.perform(as("jeroen", post("/api/v1/flags")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"targetType\": \"response\", \"targetId\": \"" + id + "\", \"reason\": \"OFF_TOPIC\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Je hebt dit al gemeld. Een moderator kijkt ernaar."));
		mvc.perform(as("jeroen", post("/api/v1/flags")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"targetType\": \"koffie\", \"targetId\": \"" + id + "\", \"reason\": \"OFF_TOPIC\"}"))
			.andExpect(status().isBadRequest());
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
