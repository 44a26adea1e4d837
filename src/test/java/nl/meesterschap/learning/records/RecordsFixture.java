package nl.meesterschap.learning.records;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.internal.Administration;
import nl.meesterschap.identity.internal.PersonDetails;
import nl.meesterschap.learning.Lrs;
import nl.meesterschap.learning.statements.LrsJson;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.practice.internal.StoryContent;
import nl.meesterschap.practice.internal.StoryService;

/**
 * People of their own for learning-record tests (so a query by agent sees only the test's statements), their
 * stories, and reading an organisation's LRS through {@code GET /xapi/statements} with an LRS credential, waiting for
 * the listeners, which run after the commit on another thread.
 */
final class RecordsFixture {

	static final String PUBLIC_URL = "http://localhost:8080";

	static final String ADL = "http://adlnet.gov/expapi/verbs/";

	static final String PROFILE = PUBLIC_URL + "/xapi-profile";

	private final People people;

	private final Administration administration;

	private final StoryService stories;

	private final JdbcClient jdbc;

	private final MockMvc mvc;

	final Lrs lindewaarde;

	final Lrs deLinde;

	RecordsFixture(People people, Administration administration, StoryService stories, JdbcClient jdbc, MockMvc mvc,
			Lrs lindewaarde, Lrs deLinde) {
		this.people = people;
		this.administration = administration;
		this.stories = stories;
		this.jdbc = jdbc;
		this.mvc = mvc;
		this.lindewaarde = lindewaarde;
		this.deLinde = deLinde;
	}

	/** A new professional of Gemeente Lindewaarde (no team). */
	UUID newPerson(String displayName) {
		String username = "r" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
		UUID lucas = id("lucas");
		OrganisationSummary organisation = people.organisation(people.viewer(lucas).organisationId()).orElseThrow();
		return administration.addPerson(lucas, organisation, new PersonDetails(displayName,
				username + "@gemeente-lindewaarde.example", username, null, Set.of(Role.PROFESSIONAL), List.of()))
			.personId();
	}

	UUID id(String username) {
		return people.personByUsername(username).orElseThrow().id();
	}

	String username(UUID personId) {
		return people.person(personId).orElseThrow().username();
	}

	/** A published dilemma story (the dilemma reflection model) anyone may see and respond to. */
	UUID dilemmaStory(UUID authorId, String title) {
		Map<String, String> steps = new LinkedHashMap<>();
		steps.put("situation", "Een gezin met drie kinderen vroeg om hulp bij de opvoeding.");
		steps.put("moralQuestion", "Ga ik mee in hun wens om het klein te houden, of schakel ik meer hulp in?");
		steps.put("optionA", "Klein houden en vertrouwen op hun eigen kracht.");
		steps.put("harmA", "Als het misgaat, ben ik te laat.");
		steps.put("optionB", "Meer hulp inschakelen.");
		steps.put("harmB", "Het gezin voelt zich niet serieus genomen.");
		steps.put("values", "Eigen regie tegenover veiligheid.");
		steps.put("choice", "Ik koos voor klein houden met een vaste afspraak over hoe we evalueren.");
		return stories.create(authorId, "DILEMMA", new StoryContent(title, List.of(Domain.JEUGD), List.of(), steps,
				List.of(), false, null, Audience.platform()), true).id();
	}

	/** A published story in the free model (no reflection steps). */
	UUID freeStory(UUID authorId, String title, String text) {
		return stories.create(authorId, "FREE", new StoryContent(title, List.of(Domain.WMO), List.of(),
				Map.of("text", text), List.of(), false, null, Audience.platform()), true).id();
	}

	/** The person as the profile's actor, for the {@code agent} query parameter. */
	static String agent(UUID personId) {
		return "{\"objectType\": \"Agent\", \"account\": {\"homePage\": \"" + PUBLIC_URL + "\", \"name\": \"" + personId
				+ "\"}}";
	}

	/** The person's statements in the organisation's LRS, newest first, optionally with one verb. */
	List<JsonNode> statements(Lrs lrs, UUID personId, String verb) throws Exception {
		var request = get("/xapi/statements").param("agent", agent(personId)).param("limit", "100");
		if (verb != null) {
			request.param("verb", verb);
		}
		String body = mvc.perform(lrs.as(request)).andReturn().getResponse().getContentAsString();
		List<JsonNode> found = new ArrayList<>();
		LrsJson.parse(body).get("statements").forEach(found::add);
		return found;
	}

	/** Waits (up to 10 s) until the person has a statement with this verb in Lindewaarde's LRS, and returns them. */
	List<JsonNode> await(UUID personId, String verb) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !statements(lindewaarde, personId, verb).isEmpty());
		try {
			return statements(lindewaarde, personId, verb);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** The statement by id, as an LRS client of the organisation gets it; null when that client may not see it. */
	JsonNode byId(Lrs lrs, String statementId) throws Exception {
		var response = mvc.perform(lrs.as(get("/xapi/statements").param("statementId", statementId)))
			.andReturn()
			.getResponse();
		return response.getStatus() == 200 ? LrsJson.parse(response.getContentAsString()) : null;
	}

	/**
	 * Waits until every listener of the events naming {@code id} has finished (the event publication registry marks
	 * them completed), for checks that something did <em>not</em> happen.
	 */
	void awaitListeners(UUID id) {
		String pattern = "%" + id + "%";
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
			.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL")
			.param(pattern)
			.query(Integer.class)
			.single() == 0 && jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
				.param(pattern)
				.query(Integer.class)
				.single() > 0);
	}

}
