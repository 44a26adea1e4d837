package nl.meesterschap.circles;

import static nl.meesterschap.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;
import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.FacilitationService;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionService;

/**
 * The facilitation screen: a step list with times that works without JavaScript, a live part htmx refreshes,
 * moving between steps for whoever leads, and notes that survive an expired login.
 */
@IntegrationTest
class FacilitationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	CircleTestSupport support;

	@Autowired
	SessionService sessions;

	@Autowired
	FacilitationService facilitation;

	@Test
	void without_javascript_the_screen_lists_every_step_with_its_planned_times() throws Exception {
		Session session = session("Kring scherm", 40);
		mvc.perform(get("/sessies/" + session.id() + "/begeleiden").with(as(accounts, "gert")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De methode is nog niet gestart")))
			.andExpect(content().string(containsString("Start de methode")))
			.andExpect(content().string(containsString("14:00–14:05")))
			.andExpect(content().string(containsString("15:25–15:30")))
			.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")));
		mvc.perform(get("/sessies/" + session.id() + "/begeleiden").with(as(accounts, "anouk")))
			.andExpect(content().string(not(containsString("Start de methode"))));
	}

	@Test
	void the_leader_moves_through_the_steps_and_the_live_part_follows() throws Exception {
		Session session = session("Kring stappen", -1);
		String screen = "/sessies/" + session.id() + "/begeleiden";
		mvc.perform(post(screen).with(csrf()).with(as(accounts, "anouk")).param("action", "start"))
			.andExpect(status().isForbidden());
		mvc.perform(post(screen).with(csrf()).with(as(accounts, "gert")).param("action", "start"))
			.andExpect(redirectedUrl(screen));
		mvc.perform(get(screen + "/stand").with(as(accounts, "anouk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Stap 1 van 10")))
			.andExpect(content().string(containsString("Keuze van het incident")))
			.andExpect(content().string(matchesPattern("(?s).*class=\"ms-timer__value\">[45]:\\d\\d<.*")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(post(screen).with(csrf()).with(as(accounts, "gert")).param("step", "1")
			.param("note", "Drie incidenten genoemd.").param("action", "volgende")).andExpect(status().isFound());
		mvc.perform(get(screen + "/stand").with(as(accounts, "anouk")))
			.andExpect(content().string(containsString("Stap 2 van 10")))
			.andExpect(content().string(containsString("De inbrenger schetst het incident")));
		mvc.perform(post(screen).with(csrf()).with(as(accounts, "gert")).param("step", "2").param("action", "vorige"))
			.andExpect(status().isFound());
		mvc.perform(get(screen).with(as(accounts, "gert")))
			.andExpect(content().string(containsString("Stap 1 van 10")))
			.andExpect(content().string(containsString("Drie incidenten genoemd.</textarea>")));
		mvc.perform(post(screen).with(csrf()).with(as(accounts, "gert")).param("action", "stap:99"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze methode heeft geen stap 99.")));
		mvc.perform(post(screen).with(csrf()).with(as(accounts, "gert")).param("action", "stap:11"))
			.andExpect(status().isFound());
		mvc.perform(get(screen).with(as(accounts, "gert")))
			.andExpect(content().string(containsString("Alle stappen zijn gedaan")));
	}

	@Test
	void a_note_typed_when_the_login_expired_is_kept_and_restored() throws Exception {
		Session session = session("Kring verlopen", -1);
		String screen = "/sessies/" + session.id() + "/begeleiden";
		facilitation.start(support.id("gert"), session.id());
		MockHttpSession expired = new MockHttpSession();
		mvc.perform(post(screen).session(expired).with(csrf()).param("_keep", screen).param("step", "1")
			.param("note", "Een lange aantekening die niet verloren mag gaan.").param("action", "volgende"))
			.andExpect(redirectedUrl("/inloggen?verlopen"));
		mvc.perform(post("/inloggen").session(expired).with(csrf()).param("username", "gert")
			.param("password", DemoUsers.PASSWORD))
			.andExpect(redirectedUrl(screen));
		mvc.perform(get(screen).session(expired).with(as(accounts, "gert")))
			.andExpect(content().string(containsString("Een lange aantekening die niet verloren mag gaan.</textarea>")))
			.andExpect(content().string(containsString("We hebben je tekst bewaard")));
		assertThat(sessions.context(session.id(), support.id("gert")).session().currentStep()).isEqualTo(1);
	}

	@Test
	void a_closed_session_is_read_only() throws Exception {
		Circle noord = support.circle("Kring alleen lezen", Circle.Kind.INTERVISION, "gert", "anouk");
		Session session = support.plan(noord, "gert", "INCIDENT", -1, 90);
		sessions.cancel(support.id("gert"), session.id());
		mvc.perform(post("/sessies/" + session.id() + "/begeleiden").with(csrf()).with(as(accounts, "gert"))
			.param("action", "start")).andExpect(status().isConflict());
		mvc.perform(get("/sessies/" + session.id() + "/begeleiden").with(as(accounts, "gert")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("every 1s"))));
	}

	private Session session(String name, int daysFromNow) {
		Circle circle = support.circle(name, Circle.Kind.INTERVISION, "gert", "anouk", "bram");
		return support.plan(circle, "gert", "INCIDENT", daysFromNow, 90);
	}

}
