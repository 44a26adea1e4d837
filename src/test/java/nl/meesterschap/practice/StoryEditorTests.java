package nl.meesterschap.practice;

import static nl.meesterschap.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.practice.internal.StoryService;

/** The editor pages: step by step, autosave, privacy review, and nothing lost when the session expires. */
@IntegrationTest
class StoryEditorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	StoryService stories;

	@Autowired
	People people;

	@Test
	void choosing_a_model_opens_the_first_step_with_its_guiding_questions() throws Exception {
		String location = mvc.perform(post("/verhalen/nieuw").with(csrf()).with(as(accounts, "fleur"))
			.param("model", "KORTHAGEN").param("title", "Een gesprek dat anders liep"))
			.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		org.assertj.core.api.Assertions.assertThat(location).endsWith("/bewerken?stap=action");
		mvc.perform(get(location).with(as(accounts, "fleur")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Stap 1 van 5:")))
			.andExpect(content().string(containsString("Wat wilde je bereiken?")))
			.andExpect(content().string(not(containsString("steps[lookingBack]"))));
	}

	@Test
	void saving_one_step_keeps_the_other_steps() throws Exception {
		UUID fleur = id("fleur");
		UUID story = stories.createDraft(fleur, "STARR", "Stappen").id();
		mvc.perform(post("/verhalen/" + story + "/bewerken").with(csrf()).with(as(accounts, "fleur"))
			.param("stap", "situation").param("steps[situation]", "Eerste stap.").param("action", "volgende"))
			.andExpect(redirectedUrl("/verhalen/" + story + "/bewerken?stap=task"));
		mvc.perform(post("/verhalen/" + story + "/bewerken").with(csrf()).with(as(accounts, "fleur"))
			.param("stap", "task").param("steps[task]", "Tweede stap.").param("action", "volgende"));
		org.assertj.core.api.Assertions.assertThat(stories.owned(fleur, story).content().steps())
			.containsEntry("situation", "Eerste stap.")
			.containsEntry("task", "Tweede stap.");
	}

	@Test
	void autosave_answers_with_a_status_line_and_counts_findings() throws Exception {
		UUID story = stories.createDraft(id("emre"), "FREE", "Autosave").id();
		mvc.perform(post("/verhalen/" + story + "/autosave").with(csrf()).with(as(accounts, "emre"))
			.header("HX-Request", "true")
			.param("steps[text]", "Bel hem op 06-12345678."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bewaard om")))
			.andExpect(content().string(containsString("1 mogelijk persoonsgegeven")));
	}

	@Test
	void publishing_with_personal_data_shows_each_finding_in_place_with_a_replacement() throws Exception {
		UUID story = stories.createDraft(id("emre"), "FREE", "Met gegevens").id();
		mvc.perform(post("/verhalen/" + story + "/bewerken").with(csrf()).with(as(accounts, "emre"))
			.param("title", "Met gegevens").param("steps[text]", "Zijn BSN is 111222333.")
			.param("domains", "PARTICIPATIE").param("_domains", "on").param("audience", "PLATFORM")
			.param("action", "publiceren"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Publiceren lukt nog niet")))
			.andExpect(content().string(containsString("<mark class=\"ms-privacy-mark\">111222333</mark>")))
			.andExpect(content().string(containsString("Vervang door [BSN]")))
			.andExpect(content().string(containsString("Een BSN moet altijd weg.")));
	}

	@Test
	void a_form_posted_after_the_session_expired_is_kept_and_restored_after_login() throws Exception {
		UUID gert = id("gert");
		UUID story = stories.createDraft(gert, "FREE", "Lang verhaal").id();
		String editor = "/verhalen/" + story + "/bewerken";
		MockHttpSession expired = new MockHttpSession();
		mvc.perform(post(editor).session(expired).with(csrf())
			.param("_keep", editor).param("title", "Lang verhaal")
			.param("steps[text]", "Een uur typen dat niet verloren mag gaan."))
			.andExpect(redirectedUrl("/inloggen?verlopen"));
		mvc.perform(get("/inloggen").param("verlopen", "").session(expired))
			.andExpect(content().string(containsString("Je sessie was verlopen")));
		mvc.perform(post("/inloggen").session(expired).with(csrf())
			.param("username", "gert").param("password", DemoUsers.PASSWORD))
			.andExpect(redirectedUrl(editor));
		mvc.perform(get(editor).session(expired).with(as(accounts, "gert")))
			.andExpect(content().string(containsString("Een uur typen dat niet verloren mag gaan.")))
			.andExpect(content().string(containsString("We hebben je tekst bewaard")));
	}

	@Test
	void an_expired_background_save_answers_in_the_status_line() throws Exception {
		UUID story = stories.createDraft(id("gert"), "FREE", "Achtergrond").id();
		String editor = "/verhalen/" + story + "/bewerken";
		mvc.perform(post("/verhalen/" + story + "/autosave").with(csrf()).header("HX-Request", "true")
			.param("_keep", editor).param("steps[text]", "Tekst"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Trigger", "meesterschap:session-expired"))
			.andExpect(content().string(containsString("Je sessie is verlopen")));
	}

	@Test
	void someone_elses_draft_is_not_found() throws Exception {
		UUID story = stories.createDraft(id("gert"), "FREE", "Van Gert").id();
		mvc.perform(get("/verhalen/" + story + "/bewerken").with(as(accounts, "hanneke"))).andExpect(status().isNotFound());
		mvc.perform(get("/verhalen/" + story).with(as(accounts, "hanneke"))).andExpect(status().isNotFound());
	}

	private UUID id(String username) {
		return people.personByUsername(username).orElseThrow().id();
	}

}
