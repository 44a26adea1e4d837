package nl.meesterschap.search;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.search.internal.IndexNode;

/** The search API contract: names as other tools use them, NL API Design Rules, and the access policy. */
@IntegrationTest
class SearchApiTests {

	private static UUID story;

	private static UUID teamStory;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	StoryService stories;

	@Autowired
	People people;

	@Autowired
	Koersen koersen;

	@Autowired
	IndexNode node;

	@BeforeEach
	void corpus() {
		SearchTestCorpus corpus = new SearchTestCorpus(stories, people, koersen, node);
		if (story == null) {
			story = corpus.publish("noor", AudienceKind.PLATFORM, Domain.JEUGD, "Een pleeggezin voor de zomer",
					"Een meisje kon de zomer niet thuis blijven en de pleegzorg had geen plek.",
					"Ik vroeg haar tante om een pleeggezin voor zes weken te zijn.", "pleegzorg");
			teamStory = corpus.publish("noor", AudienceKind.TEAM, Domain.JEUGD, "Een pleeggezin binnen het team",
					"Alleen voor ons team: een pleeggezin dat stopte.", "We bespraken het in de intervisie.");
		}
		corpus.indexed();
	}

	@Test
	void results_use_the_agreed_names() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "pleeggezin").param("type", "story").with(DemoUsers.as(accounts, "noor")))
			.andExpect(status().isOk())
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.total").value(greaterThan(0)))
			.andExpect(jsonPath("$.results[*].id", hasItem(story.toString())))
			.andExpect(jsonPath("$.results[0].type").value("story"))
			.andExpect(jsonPath("$.results[0].title").isString())
			.andExpect(jsonPath("$.results[0].snippet").isString())
			.andExpect(jsonPath("$.results[0].score").isNumber())
			.andExpect(jsonPath("$.results[0].url").value(org.hamcrest.Matchers.startsWith("http://localhost:8080/verhalen/")))
			.andExpect(jsonPath("$.facets.type[0].value").value("story"))
			.andExpect(jsonPath("$.facets.domain[*].value", hasItem("JEUGD")))
			.andExpect(jsonPath("$.suggestion").doesNotExist());
	}

	@Test
	void a_team_story_is_not_returned_or_counted_for_someone_outside_the_team() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "pleeggezin").with(DemoUsers.as(accounts, "olaf")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[*].id", hasItem(story.toString())))
			.andExpect(jsonPath("$.results[*].id", not(hasItem(teamStory.toString()))))
			.andExpect(jsonPath("$.facets.type[0].count").value(1));
	}

	@Test
	void a_misspelt_word_gives_a_suggestion() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "pleeggezni").with(DemoUsers.as(accounts, "noor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestion").value("pleeggezin"))
			.andExpect(jsonPath("$.notice").value("FUZZY"))
			.andExpect(jsonPath("$.results[*].id", hasItem(story.toString())));
	}

	@Test
	void bad_input_is_a_problem_with_the_field_named() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "x".repeat(5000)).with(DemoUsers.as(accounts, "noor")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").isString())
			.andExpect(jsonPath("$.detail").isString())
			.andExpect(jsonPath("$.invalidParams[0].name").value("q"));
		mvc.perform(get("/api/v1/search").param("type", "artikel").param("domain", "ZORG").param("size", "500")
			.with(DemoUsers.as(accounts, "noor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[*].name", hasItem("type")))
			.andExpect(jsonPath("$.invalidParams[*].name", hasItem("domain")));
		mvc.perform(get("/api/v1/search").param("size", "500").with(DemoUsers.as(accounts, "noor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("size"));
	}

	@Test
	void odd_queries_answer_sensibly() throws Exception {
		for (String odd : new String[] { "", "de het een", "\"", "*:(", "\"pleeggezin", "title:(x OR y)" }) {
			mvc.perform(get("/api/v1/search").param("q", odd).with(DemoUsers.as(accounts, "noor")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").isNumber());
		}
		mvc.perform(get("/api/v1/search").param("q", "de het een").with(DemoUsers.as(accounts, "noor")))
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.notice").value("ONLY_STOP_WORDS"));
	}

	@Test
	void without_login_it_is_401_problem_json() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "pleeggezin"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void the_openapi_document_describes_search_with_a_400() throws Exception {
		mvc.perform(get("/api/v1/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/search'].get.operationId").value("search"))
			.andExpect(jsonPath("$.paths['/search'].get.parameters[*].name", hasItem("q")))
			.andExpect(jsonPath("$.paths['/search'].get.responses['400']").exists())
			.andExpect(jsonPath("$.paths['/search'].get.responses['200'].headers['API-Version']").exists());
	}

}
