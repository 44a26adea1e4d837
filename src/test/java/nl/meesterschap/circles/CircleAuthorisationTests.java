package nl.meesterschap.circles;

import static nl.meesterschap.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.Session;

/**
 * Every page of a circle answers 404 to everyone who is not an active member: a colleague of the same organisation,
 * someone of another organisation, an administrator, and someone who is invited but has not accepted yet.
 */
@IntegrationTest
class CircleAuthorisationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	CircleService circles;

	@Autowired
	CircleTestSupport support;

	@Test
	void outsiders_get_not_found_on_every_page_and_every_action() throws Exception {
		Circle circle = support.circle("Kring buitenstaanders", Circle.Kind.INTERVISION, "gert", "anouk");
		circles.invite(support.id("gert"), circle.id(), support.id("bram"));
		Session session = support.plan(circle, "gert", "INCIDENT", 40, 90);
		List<String> pages = List.of("/leerkringen/" + circle.id(), "/leerkringen/" + circle.id() + "/sessies/nieuw",
				"/sessies/" + session.id(), "/sessies/" + session.id() + "/wijzigen", "/sessies/" + session.id() + "/begeleiden",
				"/sessies/" + session.id() + "/begeleiden/stand", "/sessies/" + session.id() + "/afronden");
		List<String> actions = List.of("/leerkringen/" + circle.id() + "/uitnodigen", "/sessies/" + session.id() + "/aanwezig",
				"/sessies/" + session.id() + "/rollen", "/sessies/" + session.id() + "/casus",
				"/sessies/" + session.id() + "/begeleiden", "/sessies/" + session.id() + "/afronden/afspraak",
				"/sessies/" + session.id() + "/afronden/afsluiten", "/sessies/" + session.id() + "/annuleren");
		for (String outsider : List.of("bram", "chantal", "mirjam", "lucas", "sanne")) {
			for (String page : pages) {
				if (outsider.equals("bram") && page.equals("/leerkringen/" + circle.id())) {
					continue;
				}
				mvc.perform(get(page).with(as(accounts, outsider))).andExpect(status().isNotFound());
			}
			for (String action : actions) {
				mvc.perform(post(action).with(csrf()).with(as(accounts, outsider)).param("answer", "YES")
					.param("action", "start")).andExpect(status().isNotFound());
			}
			if (!outsider.equals("bram")) {
				mvc.perform(get("/leerkringen").with(as(accounts, outsider)))
					.andExpect(content().string(not(containsString("Kring buitenstaanders</a>"))));
			}
		}
	}

	@Test
	void an_invited_person_sees_only_the_invitation_and_other_people_not_even_that() throws Exception {
		Circle circle = support.circle("Kring alleen uitnodiging", Circle.Kind.INTERVISION, "gert", "anouk");
		circles.invite(support.id("gert"), circle.id(), support.id("noor"));
		mvc.perform(get("/leerkringen/" + circle.id()).with(as(accounts, "noor")))
			.andExpect(redirectedUrl("/leerkringen/" + circle.id() + "/uitnodiging"));
		mvc.perform(get("/leerkringen/" + circle.id() + "/uitnodiging").with(as(accounts, "noor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gert Mulder nodigt je uit")))
			.andExpect(content().string(not(containsString("Anouk de Vries"))));
		mvc.perform(get("/leerkringen/" + circle.id() + "/uitnodiging").with(as(accounts, "anouk")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/leerkringen/" + circle.id() + "/uitnodiging").with(as(accounts, "sanne")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/leerkringen/" + circle.id() + "/uitnodiging").with(csrf()).with(as(accounts, "noor"))
			.param("action", "aannemen"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vink het vakje aan.")));
		mvc.perform(post("/leerkringen/" + circle.id() + "/uitnodiging").with(csrf()).with(as(accounts, "noor"))
			.param("action", "aannemen").param("agreed", "true"))
			.andExpect(redirectedUrl("/leerkringen/" + circle.id()));
		mvc.perform(get("/leerkringen/" + circle.id()).with(as(accounts, "noor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anouk de Vries")));
	}

	@Test
	void members_read_but_only_those_who_lead_change_the_session() throws Exception {
		Circle circle = support.circle("Kring rechten", Circle.Kind.INTERVISION, "gert", "anouk");
		Session session = support.plan(circle, "gert", "INCIDENT", 41, 90);
		mvc.perform(get("/sessies/" + session.id()).with(as(accounts, "anouk")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Rollen opslaan"))));
		mvc.perform(get("/sessies/" + session.id() + "/wijzigen").with(as(accounts, "anouk"))).andExpect(status().isForbidden());
		mvc.perform(post("/sessies/" + session.id() + "/annuleren").with(csrf()).with(as(accounts, "anouk")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/leerkringen/" + circle.id() + "/sessies/nieuw").with(as(accounts, "anouk")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/sessies/" + session.id() + "/aanwezig").with(csrf()).with(as(accounts, "anouk"))
			.param("answer", "MAYBE")).andExpect(status().isFound());
	}

}
