package nl.meesterschap.digest.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;
import nl.meesterschap.TestClock;
import nl.meesterschap.identity.People;

/** The digest API: subscriptions, bad input as problem+json, and a preview refused for another organisation. */
@IntegrationTest
class DigestApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DigestCatalogue catalogue;

	@Autowired
	Editing editing;

	@Autowired
	People people;

	@Autowired
	TestClock clock;

	final Map<String, String> tokens = new HashMap<>();

	@Test
	void a_wrong_frequency_is_a_problem_and_another_organisations_digest_is_not_found() throws Exception {
		UUID wmo = catalogue.forOrganisation(organisation("lindewaarde")).stream()
			.filter(d -> d.domain() == nl.meesterschap.policy.Domain.WMO)
			.findFirst()
			.orElseThrow()
			.id();
		problem(mvc.perform(as("chantal", put("/api/v1/digests/" + wmo + "/subscription"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"frequency\":\"DAILY\"}")), 400)
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kies WEEKLY of MONTHLY.")));
		mvc.perform(as("chantal", put("/api/v1/digests/" + wmo + "/subscription"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"frequency\":\"weekly\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subscribed").value(true))
			.andExpect(jsonPath("$.frequency").value("WEEKLY"));
		mvc.perform(as("chantal", delete("/api/v1/digests/" + wmo + "/subscription"))).andExpect(status().isNoContent());
		mvc.perform(as("chantal", get("/api/v1/digests")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.digests[?(@.id == '" + wmo + "')].subscription.subscribed").value(false));

		UUID deLinde = catalogue.general(people.viewer(people.personByUsername("mirjam").orElseThrow().id())
			.organisationId()).id();
		problem(mvc.perform(as("chantal", get("/api/v1/digests/" + deLinde + "/editions"))), 404);
	}

	@Test
	void an_editor_previews_over_the_api_only_for_readers_of_their_own_organisation() throws Exception {
		Digest general = catalogue.general(organisation("lindewaarde"));
		UUID gert = people.personByUsername("gert").orElseThrow().id();
		Instant start = clock.instant().minusSeconds(3_600 + ThreadLocalRandom.current().nextInt(100_000));
		Edition edition = editing.draft(general, Frequency.MONTHLY,
				new Period(start, clock.instant().plus(Duration.ofDays(1))), gert);
		String base = "/api/v1/digests/" + general.id() + "/editions/" + edition.id() + "/previews/";

		mvc.perform(as("gert", get(base + people.personByUsername("dewi").orElseThrow().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(edition.id().toString()));
		problem(mvc.perform(as("gert", get(base + people.personByUsername("mirjam").orElseThrow().id()))), 403);
		problem(mvc.perform(as("anouk", get(base + people.personByUsername("dewi").orElseThrow().id()))), 403);
		problem(mvc.perform(as("gert", get(base + UUID.randomUUID()))), 400);
	}

	private UUID organisation(String slug) {
		return people.organisationBySlug(slug).orElseThrow().id();
	}

	private static ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").isNotEmpty());
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
