package nl.meesterschap.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;
import nl.meesterschap.TestClock;

@IntegrationTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void a_demo_person_logs_in_with_user_name_or_e_mail() throws Exception {
		mvc.perform(formLogin("/inloggen").user("anouk").password(DemoUsers.PASSWORD))
			.andExpect(authenticated().withUsername("anouk"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/inloggen").user("Bram@Lindewaarde.example").password(DemoUsers.PASSWORD))
			.andExpect(authenticated().withUsername("bram"));
	}

	@Test
	void the_english_login_address_leads_to_the_login_page_and_after_it_home() throws Exception {
		MvcResult visit = mvc.perform(get("/login")).andExpect(redirectedUrl("/inloggen")).andReturn();
		mvc.perform(post("/inloggen").param("username", "anouk").param("password", DemoUsers.PASSWORD).with(csrf())
			.session((MockHttpSession) visit.getRequest().getSession()))
			.andExpect(authenticated().withUsername("anouk"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void a_wrong_password_says_so_and_keeps_the_typed_user_name() throws Exception {
		MvcResult result = mvc.perform(formLogin("/inloggen").user("chantal").password("verkeerd"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/inloggen?fout=onjuist"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
		mvc.perform(get("/inloggen").param("fout", "onjuist").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("klopt niet")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"chantal\"")));
	}

	@Test
	void five_wrong_passwords_lock_the_account_for_fifteen_minutes() throws Exception {
		for (int attempt = 0; attempt < 5; attempt++) {
			mvc.perform(formLogin("/inloggen").user("dewi").password("fout-" + attempt)).andExpect(unauthenticated());
		}
		MvcResult locked = mvc.perform(formLogin("/inloggen").user("dewi").password(DemoUsers.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/inloggen?fout=geblokkeerd"))
			.andReturn();
		mvc.perform(get("/inloggen").param("fout", "geblokkeerd")
			.session((MockHttpSession) locked.getRequest().getSession()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("tijdelijk geblokkeerd")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Probeer het na")));

		clock.advance(Duration.ofMinutes(16));
		mvc.perform(formLogin("/inloggen").user("dewi").password(DemoUsers.PASSWORD))
			.andExpect(authenticated().withUsername("dewi"));
	}

	@Test
	void pages_need_a_login_and_send_you_to_the_login_page() throws Exception {
		mvc.perform(get("/profiel")).andExpect(status().isFound()).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/inloggen")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void the_login_page_can_be_read_in_english() throws Exception {
		mvc.perform(get("/inloggen").param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("User name or e-mail address")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"en\"")));
	}

}
