package nl.meesterschap.circles;

import static nl.meesterschap.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.CircleService;
import nl.meesterschap.circles.internal.MethodService;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionService;

/** Every circles page renders for the people who may see it, from the demo data. */
@IntegrationTest
class CirclePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	CircleService circles;

	@Autowired
	SessionService sessions;

	@Autowired
	CircleTestSupport support;

	@Autowired
	MethodService methods;

	@Test
	void the_overview_shows_my_circles_invitations_and_upcoming_sessions() throws Exception {
		mvc.perform(get("/leerkringen").with(as(accounts, "anouk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Intervisie Netwerk Noord")))
			.andExpect(content().string(containsString("Roddelmethode")));
		mvc.perform(get("/leerkringen").with(as(accounts, "hanneke")))
			.andExpect(content().string(containsString("Uitnodigingen")))
			.andExpect(content().string(containsString("Moreel beraad Lindewaarde")));
	}

	@Test
	void every_page_of_a_held_and_an_upcoming_session_renders() throws Exception {
		Circle noord = demo("gert", "Intervisie Netwerk Noord");
		mvc.perform(get("/leerkringen/" + noord.id()).with(as(accounts, "gert")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Open afspraken")));
		for (Session session : sessions.ofCircle(noord.id(), support.id("gert"))) {
			for (String page : new String[] { "", "/begeleiden", "/afronden", "/begeleiden/stand" }) {
				mvc.perform(get("/sessies/" + session.id() + page).with(as(accounts, "gert"))).andExpect(status().isOk());
				mvc.perform(get("/sessies/" + session.id() + page).with(as(accounts, "anouk"))).andExpect(status().isOk());
			}
			mvc.perform(get("/sessies/" + session.id() + "/wijzigen").with(as(accounts, "gert")))
				.andExpect(status().is(session.planned() ? 200 : 403));
		}
		Circle moreel = demo("jeroen", "Moreel beraad Lindewaarde");
		for (Session session : sessions.ofCircle(moreel.id(), support.id("jeroen"))) {
			mvc.perform(get("/sessies/" + session.id()).with(as(accounts, "dewi")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Moet ik zijn keuze respecteren")));
			mvc.perform(get("/sessies/" + session.id() + "/afronden").with(as(accounts, "jeroen"))).andExpect(status().isOk());
		}
	}

	@Test
	void planning_methods_new_circle_and_invitation_pages_render() throws Exception {
		Circle noord = demo("gert", "Intervisie Netwerk Noord");
		mvc.perform(get("/leerkringen/" + noord.id() + "/sessies/nieuw").with(as(accounts, "gert"))).andExpect(status().isOk());
		mvc.perform(get("/leerkringen/nieuw").with(as(accounts, "olaf"))).andExpect(status().isOk());
		mvc.perform(get("/leerkringen/methoden").with(as(accounts, "olaf")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dilemmamethode")));
		mvc.perform(get("/leerkringen/methoden/nieuw").with(as(accounts, "hanneke"))).andExpect(status().isOk());
		Circle moreel = demo("jeroen", "Moreel beraad Lindewaarde");
		mvc.perform(get("/leerkringen/" + moreel.id()).with(as(accounts, "hanneke")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/leerkringen/" + moreel.id() + "/uitnodiging").with(as(accounts, "hanneke")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Afspraken over vertrouwelijkheid")));
		mvc.perform(get("/").with(as(accounts, "anouk")))
			.andExpect(content().string(containsString("Mijn leerkringen")));
		mvc.perform(get("/leerkringen/methoden/" + methods.byCode(noord, "INCIDENT").orElseThrow().id())
			.param("lang", "en").with(as(accounts, "anouk")))
			.andExpect(content().string(containsString("The case bringer tells, in the first person")));
	}

	private Circle demo(String member, String name) {
		return circles.mine(support.id(member)).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
	}

}
