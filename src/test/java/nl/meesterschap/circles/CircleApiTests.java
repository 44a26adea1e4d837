package nl.meesterschap.circles;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
import nl.meesterschap.circles.internal.CircleService;

/** The circles and sessions API contract (names as other tools use them), with 404 for everyone outside a circle. */
@IntegrationTest
class CircleApiTests {

	private static final String PLAN = """
			{"method": "%s", "startsAt": "%sT14:00:00+01:00", "endsAt": "%sT15:30:00+01:00",
			 "place": "Wijkcentrum De Schakel", "roles": %s}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	CircleService circles;

	@Autowired
	CircleTestSupport support;

	private final Map<String, String> tokens = new HashMap<>();

	@Test
	void a_circle_is_created_listed_and_planned_with_the_api() throws Exception {
		String circle = create("gert", "Intervisie via de API", "INTERVISION");
		mvc.perform(as("gert", get("/api/v1/circles")))
			.andExpect(status().isOk())
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.circles[*].name", hasItem("Intervisie via de API")))
			.andExpect(jsonPath("$.circles[?(@.id == '" + circle + "')].role").value(hasItem("FACILITATOR")));
		invite(circle, "gert", "anouk");
		String body = mvc.perform(as("gert", post("/api/v1/circles/" + circle + "/sessions"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(PLAN.formatted("incident", "2031-03-11", "2031-03-11",
					"{\"facilitatorId\": \"" + support.id("gert") + "\", \"caseBringerId\": \"" + support.id("anouk") + "\"}")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/sessions/")))
			.andExpect(jsonPath("$.method.code").value("INCIDENT"))
			.andExpect(jsonPath("$.method.steps").value(10))
			.andExpect(jsonPath("$.method.maxParticipants").value(8))
			.andExpect(jsonPath("$.startsAt").value("2031-03-11T13:00:00Z"))
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.sequence").value(0))
			.andExpect(jsonPath("$.roles.caseBringerId").value(support.id("anouk").toString()))
			.andExpect(jsonPath("$.calendarUrl").value(org.hamcrest.Matchers.endsWith(".ics")))
			.andReturn().getResponse().getContentAsString();
		String session = JsonPath.read(body, "$.id");
		mvc.perform(as("anouk", get("/api/v1/circles/" + circle + "/sessions")))
			.andExpect(jsonPath("$.sessions", hasSize(1)))
			.andExpect(jsonPath("$.sessions[0].id").value(session));
		mvc.perform(as("anouk", get("/api/v1/sessions/" + session)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.circleName").value("Intervisie via de API"));
	}

	@Test
	void bad_plans_get_field_errors_as_problem_json() throws Exception {
		String circle = create("gert", "Kring API fouten", "INTERVISION");
		invite(circle, "gert", "bram");
		mvc.perform(as("gert", post("/api/v1/circles/" + circle + "/sessions")).contentType(MediaType.APPLICATION_JSON)
			.content(PLAN.formatted("INCIDENT", "2031-04-01", "2031-04-01", "null")))
			.andExpect(status().isCreated());
		mvc.perform(as("gert", post("/api/v1/circles/" + circle + "/sessions")).contentType(MediaType.APPLICATION_JSON)
			.content(PLAN.formatted("INCIDENT", "2031-04-01", "2031-04-01",
					"{\"facilitatorId\": \"" + support.id("gert") + "\", \"caseBringerId\": \"" + support.id("mirjam") + "\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.invalidParams[*].name", hasItem("startsAt")))
			.andExpect(jsonPath("$.invalidParams[*].code", hasItem("session.overlap")));
		mvc.perform(as("gert", post("/api/v1/circles/" + circle + "/sessions")).contentType(MediaType.APPLICATION_JSON)
			.content(PLAN.formatted("INCIDENT", "2031-04-02", "2031-04-02",
					"{\"facilitatorId\": \"" + support.id("gert") + "\", \"caseBringerId\": \"" + support.id("mirjam") + "\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("caseBringerId"))
			.andExpect(jsonPath("$.invalidParams[0].reason").value("Kies iemand die lid is van de kring."));
		mvc.perform(as("gert", post("/api/v1/circles")).contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"X\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[*].name", hasItem("name")))
			.andExpect(jsonPath("$.invalidParams[*].name", hasItem("kind")));
		mvc.perform(as("gert", post("/api/v1/circles")).contentType(MediaType.APPLICATION_JSON).content("[1,"))
			.andExpect(status().isBadRequest());
		mvc.perform(as("bram", post("/api/v1/circles/" + circle + "/sessions")).contentType(MediaType.APPLICATION_JSON)
			.content(PLAN.formatted("INCIDENT", "2031-04-03", "2031-04-03", "null")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void outsiders_invited_people_and_other_organisations_get_404_everywhere() throws Exception {
		String circle = create("gert", "Kring API geheim", "INTERVISION");
		invite(circle, "gert", "anouk");
		circles.invite(support.id("gert"), java.util.UUID.fromString(circle), support.id("bram"));
		String session = JsonPath.read(mvc.perform(as("gert", post("/api/v1/circles/" + circle + "/sessions"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(PLAN.formatted("INCIDENT", "2031-05-01", "2031-05-01", "null")))
			.andReturn().getResponse().getContentAsString(), "$.id");
		for (String outsider : new String[] { "bram", "chantal", "mirjam", "lucas" }) {
			mvc.perform(as(outsider, get("/api/v1/circles/" + circle + "/sessions"))).andExpect(status().isNotFound());
			mvc.perform(as(outsider, get("/api/v1/sessions/" + session))).andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(as(outsider, put("/api/v1/sessions/" + session)).contentType(MediaType.APPLICATION_JSON)
				.content(PLAN.formatted("INCIDENT", "2031-05-02", "2031-05-02", "null"))).andExpect(status().isNotFound());
			mvc.perform(as(outsider, get("/api/v1/sessions/" + session + "/attendance"))).andExpect(status().isNotFound());
			mvc.perform(as(outsider, put("/api/v1/sessions/" + session + "/attendance")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"attendees\": []}")).andExpect(status().isNotFound());
			mvc.perform(as(outsider, get("/api/v1/sessions/" + session + ".ics"))).andExpect(status().isNotFound());
			mvc.perform(as(outsider, post("/api/v1/circles/" + circle + "/sessions")).contentType(MediaType.APPLICATION_JSON)
				.content(PLAN.formatted("INCIDENT", "2031-05-03", "2031-05-03", "null"))).andExpect(status().isNotFound());
			mvc.perform(as(outsider, get("/api/v1/circles")))
				.andExpect(jsonPath("$.circles[*].id", not(hasItem(circle))));
		}
	}

	@Test
	void attendance_is_put_and_the_session_is_closed_with_status_held() throws Exception {
		String circle = create("gert", "Kring API presentie", "MORAL_DELIBERATION");
		invite(circle, "gert", "dewi");
		invite(circle, "gert", "emre");
		String session = JsonPath.read(mvc.perform(as("gert", post("/api/v1/circles/" + circle + "/sessions"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(PLAN.formatted("DILEMMA", "2026-01-05", "2026-01-05", "null")))
			.andExpect(jsonPath("$.reflectionKind").value("MORAL_CASE_DELIBERATION"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(as("dewi", put("/api/v1/sessions/" + session + "/attendance")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"attendees\": []}")).andExpect(status().isForbidden());
		mvc.perform(as("gert", put("/api/v1/sessions/" + session)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"HELD\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].code").value("session.close.attendance-required"));
		mvc.perform(as("gert", put("/api/v1/sessions/" + session + "/attendance")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"attendees": [
					  {"personId": "%s"},
					  {"personId": "%s", "netMinutes": 45, "role": "case_bringer"},
					  {"personId": "%s", "attended": false}]}""".formatted(support.id("gert"), support.id("dewi"),
					support.id("emre"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("MORAL_CASE_DELIBERATION"))
			.andExpect(jsonPath("$.closed").value(false))
			.andExpect(jsonPath("$.attendees[?(@.personId == '" + support.id("gert") + "')].netMinutes").value(hasItem(90)))
			.andExpect(jsonPath("$.attendees[?(@.personId == '" + support.id("gert") + "')].countsForRegistration").value(hasItem(true)))
			.andExpect(jsonPath("$.attendees[?(@.personId == '" + support.id("dewi") + "')].role").value(hasItem("CASE_BRINGER")))
			.andExpect(jsonPath("$.attendees[?(@.personId == '" + support.id("dewi") + "')].countsForRegistration").value(hasItem(false)));
		mvc.perform(as("gert", put("/api/v1/sessions/" + session)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"HELD\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD"));
		mvc.perform(as("gert", put("/api/v1/sessions/" + session + "/attendance")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"attendees\": []}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("afgesloten")));
		mvc.perform(as("dewi", get("/api/v1/sessions/" + session + "/attendance")))
			.andExpect(jsonPath("$.closed").value(true))
			.andExpect(jsonPath("$.attendees", hasSize(3)));
	}

	@Test
	void the_openapi_document_describes_the_circles_api() throws Exception {
		mvc.perform(get("/api/v1/openapi.json"))
			.andExpect(jsonPath("$.paths['/circles'].get.operationId").value("listCircles"))
			.andExpect(jsonPath("$.paths['/circles'].post.operationId").value("createCircle"))
			.andExpect(jsonPath("$.paths['/circles'].post.responses['400']").exists())
			.andExpect(jsonPath("$.paths['/circles/{circleId}/sessions'].post.operationId").value("planSession"))
			.andExpect(jsonPath("$.paths['/sessions/{sessionId}'].put.operationId").value("updateSession"))
			.andExpect(jsonPath("$.paths['/sessions/{sessionId}/attendance'].put.operationId").value("updateSessionAttendance"))
			.andExpect(jsonPath("$.paths['/sessions/{sessionId}/attendance'].put.responses['400']").exists());
	}

	private String create(String user, String name, String kind) throws Exception {
		String body = mvc.perform(as(user, post("/api/v1/circles")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + name + "\", \"kind\": \"" + kind + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.members[0].role").value("FACILITATOR"))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private void invite(String circle, String by, String username) {
		circles.invite(support.id(by), java.util.UUID.fromString(circle), support.id(username));
		circles.accept(support.id(username), java.util.UUID.fromString(circle), true);
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
