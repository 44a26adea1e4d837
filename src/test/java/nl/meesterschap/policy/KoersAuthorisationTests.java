package nl.meesterschap.policy;

import static nl.meesterschap.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.internal.KoersEditing;

/**
 * Only policy advisors and team leads of the organisation edit its koers. Colleagues without the role are refused
 * (403); people of other organisations learn nothing about drafts (404).
 */
@IntegrationTest
class KoersAuthorisationTests {

	private static final String DRAFT = "/koers/lindewaarde/concept";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	KoersEditing editing;

	@Autowired
	People people;

	@BeforeEach
	void aDraftExists() throws Exception {
		mvc.perform(by("ilse", post(DRAFT)));
	}

	@AfterEach
	void discardTheDraft() {
		UUID ilse = people.personByUsername("ilse").orElseThrow().id();
		editing.draft(ilse, "lindewaarde").ifPresent(draft -> editing.discardDraft(ilse, "lindewaarde"));
	}

	@Test
	void policy_advisors_and_team_leads_of_the_organisation_open_the_draft() throws Exception {
		for (String editor : new String[] { "ilse", "gert", "hanneke" }) {
			mvc.perform(by(editor, get(DRAFT))).andExpect(status().isOk());
		}
	}

	@Test
	void a_colleague_without_the_role_is_refused_on_every_draft_page_and_action() throws Exception {
		for (String path : new String[] { DRAFT, DRAFT + "/principes/nieuw", DRAFT + "/principes/P1" }) {
			mvc.perform(by("anouk", get(path))).andExpect(status().isForbidden());
		}
		for (String path : new String[] { DRAFT, DRAFT + "/tekst", DRAFT + "/publiceren", DRAFT + "/weggooien",
				DRAFT + "/principes/nieuw", DRAFT + "/principes/P1", DRAFT + "/principes/P1/verwijderen" }) {
			mvc.perform(by("anouk", post(path)).param("title", "x").param("code", "X9"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(by("jeroen", get(DRAFT))).andExpect(status().isForbidden());
	}

	@Test
	void people_of_other_organisations_do_not_learn_that_a_draft_exists() throws Exception {
		for (String outsider : new String[] { "sanne", "mirjam", "olaf" }) {
			mvc.perform(by(outsider, get(DRAFT))).andExpect(status().isNotFound());
			mvc.perform(by(outsider, post(DRAFT + "/publiceren"))).andExpect(status().isNotFound());
			mvc.perform(by(outsider, post(DRAFT + "/principes/P1/verwijderen"))).andExpect(status().isNotFound());
		}
	}

	@Test
	void a_draft_is_not_shown_to_readers() throws Exception {
		mvc.perform(by("ilse", post(DRAFT + "/principes/nieuw")).param("code", "GEHEIM").param("title", "Nog geheim"));
		mvc.perform(by("anouk", get("/koers/lindewaarde")))
			.andExpect(content().string(not(containsString("Nog geheim"))));
		mvc.perform(by("anouk", get("/koers/lindewaarde/principes/GEHEIM"))).andExpect(status().isNotFound());
		mvc.perform(by("anouk", get("/api/v1/principles/GEHEIM"))).andExpect(status().isNotFound());
	}

	@Test
	void an_editor_of_an_organisation_without_koers_starts_with_a_title_and_a_period() throws Exception {
		String start = "/koers/jeugdhulp-de-linde/concept";
		mvc.perform(by("sanne", post("/beheer/jeugdhulp-de-linde/mensen/nieuw")).param("displayName", "Pia Koster")
			.param("email", "pia@jeugdhulp-de-linde.example")
			.param("username", "pia")
			.param("roles", "POLICY_ADVISOR"))
			.andExpect(status().isFound());
		mvc.perform(by("pia", get("/koers"))).andExpect(redirectedUrl("/koers/lindewaarde"));
		mvc.perform(by("pia", get("/koers/lindewaarde")))
			.andExpect(content().string(containsString("Jeugdhulp De Linde heeft nog geen eigen koers.")))
			.andExpect(content().string(containsString("href=\"" + start + "\"")));
		mvc.perform(by("pia", get("/koers/jeugdhulp-de-linde"))).andExpect(redirectedUrl(start));
		mvc.perform(by("pia", get(start)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jeugdhulp De Linde heeft nog geen koers.")))
			.andExpect(content().string(containsString("name=\"period\"")));
		mvc.perform(by("pia", post(start)).param("title", "Samen sterk").param("period", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul een periode in")))
			.andExpect(content().string(containsString("value=\"Samen sterk\"")));
		mvc.perform(by("pia", post(start)).param("title", "Samen sterk").param("period", "2026–2029"))
			.andExpect(redirectedUrl(start));
		mvc.perform(by("pia", get(start)))
			.andExpect(content().string(containsString("Samen sterk")))
			.andExpect(content().string(containsString("Dit concept heeft nog geen principes.")));
		mvc.perform(by("pia", post(start + "/publiceren")).param("vision", "").param("changeNote", "Eerste versie."))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Voeg minstens één principe toe.")));
		mvc.perform(by("mirjam", get("/koers/jeugdhulp-de-linde"))).andExpect(status().isNotFound());
		mvc.perform(by("pia", post(start + "/weggooien"))).andExpect(redirectedUrl("/koers/jeugdhulp-de-linde"));
	}

	private MockHttpServletRequestBuilder by(String username, MockHttpServletRequestBuilder request) {
		return request.with(as(accounts, username)).with(csrf());
	}

}
