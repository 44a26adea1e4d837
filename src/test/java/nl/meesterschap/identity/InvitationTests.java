package nl.meesterschap.identity;

import static nl.meesterschap.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.TestClock;
import nl.meesterschap.identity.internal.Invitations;

@IntegrationTest
class InvitationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void an_invited_person_chooses_a_password_and_logs_in() throws Exception {
		String link = invite("Sem Vos", "sem");
		mvc.perform(formLogin("/inloggen").user("sem").password("iets-wat-nog-niet-kan"))
			.andExpect(redirectedUrl("/inloggen?fout=niet-actief"));
		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Hallo Sem Vos")));

		mvc.perform(post(link).with(csrf()).param("password", "kort").param("passwordConfirmation", "anders"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Het wachtwoord is te kort")))
			.andExpect(content().string(containsString("De twee wachtwoorden zijn niet hetzelfde.")));

		mvc.perform(post(link).with(csrf())
			.param("password", "mijn eerste werkdag in noord")
			.param("passwordConfirmation", "mijn eerste werkdag in noord")).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(formLogin("/inloggen").user("sem").password("mijn eerste werkdag in noord"))
			.andExpect(authenticated().withUsername("sem"));

		mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("al gebruikt")));
	}

	@Test
	void an_expired_invitation_explains_what_to_do() throws Exception {
		String link = invite("Lotte Dekker", "lotte");
		clock.advance(Duration.ofDays(8));
		mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("verlopen")));
		mvc.perform(post(link).with(csrf()).param("password", "een lang genoeg wachtwoord").param(
				"passwordConfirmation", "een lang genoeg wachtwoord"))
			.andExpect(status().isGone());
		mvc.perform(formLogin("/inloggen").user("lotte").password("een lang genoeg wachtwoord"))
			.andExpect(unauthenticated());
	}

	@Test
	void an_unknown_link_is_not_found() throws Exception {
		mvc.perform(get("/uitnodiging/inv_bestaatniet")).andExpect(status().isNotFound());
	}

	private String invite(String name, String username) throws Exception {
		var result = mvc.perform(post("/beheer/lindewaarde/mensen/nieuw").with(csrf())
			.with(as(accounts, "lucas"))
			.param("displayName", name)
			.param("email", username + "@lindewaarde.example")
			.param("username", username)
			.param("roles", "PROFESSIONAL")).andExpect(status().isFound()).andReturn();
		Invitations.IssuedInvitation invitation = (Invitations.IssuedInvitation) result.getFlashMap().get("invitation");
		assertThat(invitation).isNotNull();
		return invitation.path();
	}

}
