package nl.meesterschap.learning;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.learning.credentials.LrsCredentials;
import nl.meesterschap.learning.statements.XapiVersion;

/** The State, Activity Profile and Agent Profile resources, with ETags and xAPI's concurrency rules. */
@IntegrationTest
class DocumentResourceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	LrsCredentials credentials;

	Lrs lrs;

	String activity;

	String agent;

	@BeforeEach
	void setUp() {
		lrs = Lrs.of(people, credentials, Lrs.LINDEWAARDE);
		activity = Lrs.unique("activity");
		agent = "{\"mbox\": \"mailto:" + Lrs.unique("mbox") + "\"}";
	}

	@Test
	void a_state_is_stored_merged_listed_and_deleted() throws Exception {
		mvc.perform(lrs.as(state(put("/xapi/activities/state"), "bookmark")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"page\": 3}")).andExpect(status().isNoContent()).andExpect(header().exists("ETag"));
		mvc.perform(lrs.as(state(post("/xapi/activities/state"), "bookmark")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"done\": true}")).andExpect(status().isNoContent());
		mvc.perform(lrs.as(state(get("/xapi/activities/state"), "bookmark")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(3))
			.andExpect(jsonPath("$.done").value(true))
			.andExpect(header().string("ETag", org.hamcrest.Matchers.matchesPattern("\"[0-9a-f]{40}\"")))
			.andExpect(header().string("Last-Modified", notNullValue()));
		mvc.perform(lrs.as(state(post("/xapi/activities/state"), "notes")).contentType(MediaType.TEXT_PLAIN)
			.content("vrije tekst")).andExpect(status().isNoContent());
		mvc.perform(lrs.as(state(get("/xapi/activities/state"), null)))
			.andExpect(jsonPath("$", containsInAnyOrder("bookmark", "notes")));
		mvc.perform(lrs.as(state(get("/xapi/activities/state"), null).param("since", Instant.now().plusSeconds(60).toString())))
			.andExpect(content().json("[]"));
		mvc.perform(lrs.as(state(post("/xapi/activities/state"), "notes")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"a\": 1}")).andExpect(status().isBadRequest());
		mvc.perform(lrs.as(state(delete("/xapi/activities/state"), null))).andExpect(status().isNoContent());
		mvc.perform(lrs.as(state(get("/xapi/activities/state"), "bookmark"))).andExpect(status().isNotFound());
	}

	@Test
	void states_are_kept_per_registration() throws Exception {
		String registration = UUID.randomUUID().toString();
		mvc.perform(lrs.as(state(put("/xapi/activities/state"), "s").param("registration", registration))
			.contentType(MediaType.APPLICATION_JSON).content("{\"r\": 1}")).andExpect(status().isNoContent());
		mvc.perform(lrs.as(state(get("/xapi/activities/state"), "s"))).andExpect(status().isNotFound());
		mvc.perform(lrs.as(state(get("/xapi/activities/state"), "s").param("registration", registration)))
			.andExpect(jsonPath("$.r").value(1));
	}

	@Test
	void if_match_and_if_none_match_decide_with_412_and_a_blind_replace_is_409() throws Exception {
		String etag = mvc.perform(lrs.as(profile(put("/xapi/activities/profile"), "p")).header("If-None-Match", "*")
			.contentType(MediaType.APPLICATION_JSON).content("{\"v\": 1}"))
			.andExpect(status().isNoContent()).andReturn().getResponse().getHeader("ETag");
		mvc.perform(lrs.as(profile(put("/xapi/activities/profile"), "p")).header("If-None-Match", "*")
			.contentType(MediaType.APPLICATION_JSON).content("{\"v\": 2}")).andExpect(status().isPreconditionFailed());
		mvc.perform(lrs.as(profile(put("/xapi/activities/profile"), "p")).header("If-Match", "\"stale\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"v\": 2}")).andExpect(status().isPreconditionFailed());
		mvc.perform(lrs.as(profile(put("/xapi/activities/profile"), "p"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"v\": 2}")).andExpect(status().isConflict());
		mvc.perform(lrs.as(profile(delete("/xapi/activities/profile"), "p")).header("If-Match", "\"stale\""))
			.andExpect(status().isPreconditionFailed());
		mvc.perform(lrs.as(profile(get("/xapi/activities/profile"), "p"))).andExpect(jsonPath("$.v").value(1));
		mvc.perform(lrs.as(profile(put("/xapi/activities/profile"), "p")).header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON).content("{\"v\": 2}")).andExpect(status().isNoContent());
		mvc.perform(lrs.as(profile(get("/xapi/activities/profile"), "p"))).andExpect(jsonPath("$.v").value(2));
	}

	@Test
	void in_xapi_1_0_3_a_profile_put_without_preconditions_is_400_and_a_state_put_replaces() throws Exception {
		Lrs legacy = Lrs.of(people, credentials, Lrs.LINDEWAARDE, XapiVersion.V1_0_3);
		mvc.perform(legacy.as(profile(put("/xapi/activities/profile"), "p")).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest());
		for (int i = 0; i < 2; i++) {
			mvc.perform(legacy.as(state(put("/xapi/activities/state"), "s")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"i\": " + i + "}")).andExpect(status().isNoContent());
		}
	}

	@Test
	void an_agent_profile_keeps_any_content_type() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G' };
		mvc.perform(lrs.as(put("/xapi/agents/profile").param("agent", agent).param("profileId", "avatar"))
			.header("If-None-Match", "*").contentType(MediaType.IMAGE_PNG).content(png)).andExpect(status().isNoContent());
		mvc.perform(lrs.as(get("/xapi/agents/profile").param("agent", agent).param("profileId", "avatar")))
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andExpect(content().bytes(png));
		mvc.perform(lrs.as(get("/xapi/agents/profile").param("agent", agent))).andExpect(content().json("[\"avatar\"]"));
	}

	@Test
	void missing_or_malformed_parameters_are_400() throws Exception {
		mvc.perform(lrs.as(put("/xapi/activities/state").param("agent", agent).param("stateId", "s"))
			.content("{}")).andExpect(status().isBadRequest());
		mvc.perform(lrs.as(put("/xapi/activities/state").param("activityId", activity).param("stateId", "s")
			.param("agent", "not json")).content("{}")).andExpect(status().isBadRequest());
		mvc.perform(lrs.as(state(put("/xapi/activities/state"), null)).content("{}")).andExpect(status().isBadRequest());
		mvc.perform(lrs.as(state(get("/xapi/activities/state"), "s").param("registration", "x")))
			.andExpect(status().isBadRequest());
		mvc.perform(lrs.as(profile(delete("/xapi/activities/profile"), null))).andExpect(status().isBadRequest());
	}

	private MockHttpServletRequestBuilder state(MockHttpServletRequestBuilder request, String stateId) {
		request.param("activityId", activity).param("agent", agent);
		return stateId == null ? request : request.param("stateId", stateId);
	}

	private MockHttpServletRequestBuilder profile(MockHttpServletRequestBuilder request, String profileId) {
		request.param("activityId", activity);
		return profileId == null ? request : request.param("profileId", profileId);
	}

}
