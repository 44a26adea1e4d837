package nl.meesterschap.signals;

import static nl.meesterschap.signals.SignalFixture.raise;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.signals.internal.SignalService;

/** /api/v1/signals: the contract, and a clear problem+json for every kind of bad input. */
@IntegrationTest
class SignalApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalService signals;

	@Autowired
	StoryService stories;

	@Autowired
	Koersen koersen;

	@Autowired
	People people;

	private final Map<String, String> tokens = new HashMap<>();

	@Test
	void a_signal_is_raised_read_listed_endorsed_and_answered() throws Exception {
		UUID story = SignalFixture.story(stories, people, "fleur", Audience.platform(), "Een boete die niemand begreep");
		String location = json(as("fleur", post("/api/v1/signals")), """
				{"title": "Boetes bij een kleine vergissing", "description": "Mensen durven geen uren meer te werken.",
				 "kind": "RULE_PINCHES", "domains": ["PARTICIPATIE"], "principles": ["p11"],
				 "evidence": [{"type": "story", "id": "%s"}]}""".formatted(story))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/signals/")))
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.principles[0].code").value("P11"))
			.andExpect(jsonPath("$.organisation.slug").value("lindewaarde"))
			.andExpect(jsonPath("$.raisedBy.displayName").value("Fleur Smit"))
			.andExpect(jsonPath("$.evidence[0].title").value("Een boete die niemand begreep"))
			.andExpect(jsonPath("$.overdue").value(false))
			.andReturn().getResponse().getHeader("Location");

		mvc.perform(as("emre", get(location))).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Boetes bij een kleine vergissing"))
			.andExpect(jsonPath("$.raisedByMe").value(false));
		mvc.perform(as("emre", get("/api/v1/signals?kind=rule_pinches&principle=P11&sort=recognition&size=100")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.signals[*].url").value(hasItem(location.replace("/api/v1/signals", "/signalen"))));

		String endorsement = json(as("emre", post(location + "/endorsements")), "{}")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(as("fleur", get(location))).andExpect(jsonPath("$.recognition.count").value(1))
			.andExpect(jsonPath("$.recognition.teams[0].name").value("Werk en Inkomen"));

		int version = koersen.current(people.organisationBySlug("lindewaarde").orElseThrow().id()).orElseThrow().version();
		json(as("ilse", post(location + "/status")), """
				{"status": "ADOPTED", "response": "Overgenomen in de koers.", "koersVersion": %d, "principle": "P11"}"""
			.formatted(version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ADOPTED"))
			.andExpect(jsonPath("$.adopted.koersVersion").value(version))
			.andExpect(jsonPath("$.statusChanges[0].response").value("Overgenomen in de koers."))
			.andExpect(jsonPath("$.statusChanges[0].by.displayName").value("Ilse van den Berg"));

		mvc.perform(as("emre", delete(endorsement))).andExpect(status().isNoContent());
		mvc.perform(as("emre", get(location))).andExpect(jsonPath("$.recognition.count").value(0));
	}

	@Test
	void bad_input_answers_with_a_clear_problem() throws Exception {
		UUID dewisTeam = people.teamsOf(SignalFixture.id(people, "dewi")).get(0).id();
		UUID hidden = SignalFixture.story(stories, people, "dewi", Audience.team(dewisTeam), "Alleen voor Zuid");
		problem(json(as("anouk", post("/api/v1/signals")), """
				{"title": "Met bewijs dat ik niet zie", "description": "x", "kind": "OTHER",
				 "evidence": [{"type": "story", "id": "%s"}]}""".formatted(hidden)), 400)
			.andExpect(jsonPath("$.invalidParams[0].name").value("evidence"))
			.andExpect(jsonPath("$.invalidParams[0].reason").value(containsString("mag het niet lezen")));
		problem(json(as("anouk", post("/api/v1/signals")), "{\"kind\": \"GOSSIP\"}"), 400)
			.andExpect(jsonPath("$.invalidParams[0].name").value("kind"));
		problem(json(as("anouk", post("/api/v1/signals")), """
				{"title": "BSN", "description": "Het BSN is 123456782.", "kind": "OTHER"}"""), 422)
			.andExpect(jsonPath("$.findings[0].type").value("BSN"))
			.andExpect(jsonPath("$.findings[0].waivable").value(false));
		problem(mvc.perform(as("anouk", get("/api/v1/signals?page=0"))), 400);

		String signal = "/api/v1/signals/" + raise(signals, people, "anouk", "Fout op fout").id();
		problem(json(as("anouk", post(signal + "/endorsements")), "{}"), 403)
			.andExpect(jsonPath("$.detail").value(containsString("eigen signaal")));
		json(as("bram", post(signal + "/endorsements")), "{}").andExpect(status().isCreated());
		problem(json(as("bram", post(signal + "/endorsements")), "{}"), 409)
			.andExpect(jsonPath("$.detail").value("Je herkent dit signaal al."));

		problem(json(as("bram", post(signal + "/status")), "{\"status\": \"ANSWERED\", \"response\": \"Klaar.\"}"), 403)
			.andExpect(jsonPath("$.detail").value(containsString("beleidsadviseurs en teamleiders")));
		problem(json(as("mirjam", post(signal + "/status")), "{\"status\": \"ANSWERED\", \"response\": \"Klaar.\"}"), 404);
		problem(mvc.perform(as("mirjam", get(signal))), 404);
		problem(json(as("ilse", post(signal + "/status")), "{\"status\": \"NOT_ADOPTED\", \"response\": \"\"}"), 400)
			.andExpect(jsonPath("$.invalidParams[0].name").value("response"))
			.andExpect(jsonPath("$.invalidParams[0].reason").value(containsString("openbaar antwoord")));
		json(as("ilse", post(signal + "/status")), "{\"status\": \"NOT_ADOPTED\", \"response\": \"Kan niet.\"}")
			.andExpect(status().isOk());
		problem(json(as("ilse", post(signal + "/status")), "{\"status\": \"ANSWERED\", \"response\": \"Toch.\"}"), 409)
			.andExpect(jsonPath("$.detail").value("Dit signaal staat op ‘Niet overgenomen’. Van daaruit kan het niet naar ‘Beantwoord’."));
	}

	@Test
	void an_anonymous_signal_names_nobody_to_colleagues_in_the_api() throws Exception {
		UUID story = SignalFixture.story(stories, people, "jeroen", Audience.platform(), "Een verhaal van de inbrenger");
		String location = json(as("jeroen", post("/api/v1/signals")), """
				{"title": "Anoniem via de API", "description": "Niemand hoeft te weten van wie dit komt.",
				 "kind": "MORAL_DILEMMA", "anonymous": true, "evidence": [{"type": "story", "id": "%s"}]}"""
			.formatted(story))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.raisedBy.displayName").value("Jeroen Kok"))
			.andReturn().getResponse().getHeader("Location");
		UUID jeroen = SignalFixture.id(people, "jeroen");
		mvc.perform(as("dewi", get(location))).andExpect(status().isOk())
			.andExpect(jsonPath("$.anonymous").value(true))
			.andExpect(jsonPath("$.raisedBy").value(nullValue()))
			.andExpect(jsonPath("$.evidence[0].title").value(nullValue()))
			.andExpect(jsonPath("$.evidence[0].url").value(nullValue()))
			.andExpect(jsonPath("$.evidence[0].id").value(nullValue()))
			.andExpect(content().string(not(containsString("Jeroen"))))
			.andExpect(content().string(not(containsString(jeroen.toString()))))
			.andExpect(content().string(not(containsString(story.toString()))));
		mvc.perform(as("ilse", get(location))).andExpect(jsonPath("$.raisedBy.displayName").value("Jeroen Kok"));
	}

	private ResultActions json(MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.detail").isNotEmpty());
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
