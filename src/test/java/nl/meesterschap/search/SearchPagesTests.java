package nl.meesterschap.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.search.internal.IndexNode;
import nl.meesterschap.web.CliCommand;

/** The search page, the header's suggestions, the admin page and the reindex command, without a browser. */
@IntegrationTest
class SearchPagesTests {

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

	@Autowired
	List<CliCommand> commands;

	@BeforeEach
	void indexed() {
		new SearchTestCorpus(stories, people, koersen, node).indexed();
	}

	@Test
	void the_page_shows_results_with_facets_and_highlights() throws Exception {
		mvc.perform(get("/zoeken").param("q", "mantelzorger").with(DemoUsers.as(accounts, "bram")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>")))
			.andExpect(content().string(containsString("id=\"facet-type\"")))
			.andExpect(content().string(containsString("Een dochter die zegt dat het wel gaat")));
	}

	@Test
	void a_facet_link_filters_and_can_be_removed() throws Exception {
		mvc.perform(get("/zoeken").param("q", "schulden").param("domein", "WMO").with(DemoUsers.as(accounts, "bram")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Filter ‘Wmo’ weghalen")));
	}

	@Test
	void bad_input_gets_a_message_on_the_page_never_an_error_page() throws Exception {
		mvc.perform(get("/zoeken").param("q", "schulden ".repeat(600)).with(DemoUsers.as(accounts, "bram")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Je zoekvraag is te lang")));
		mvc.perform(get("/zoeken").param("q", "de een het").with(DemoUsers.as(accounts, "bram")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alleen veelvoorkomende woorden")));
		for (String odd : new String[] { "\"", "*", ":", "(", "\"onafgemaakt", "a\u0000b" }) {
			mvc.perform(get("/zoeken").param("q", odd).param("pagina", "x").param("jaar", "twee").with(DemoUsers.as(accounts, "bram")))
				.andExpect(status().isOk());
		}
		mvc.perform(get("/zoeken").param("q", "schulden").param("pagina", "99999").with(DemoUsers.as(accounts, "bram")))
			.andExpect(status().isOk());
	}

	@Test
	void without_a_query_the_page_invites_one() throws Exception {
		mvc.perform(get("/zoeken").with(DemoUsers.as(accounts, "bram")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Typ hierboven waar je mee bezig bent")));
	}

	@Test
	void suggestions_while_typing_show_titles_the_person_may_see() throws Exception {
		mvc.perform(get("/zoeken/suggesties").param("q", "huish").with(DemoUsers.as(accounts, "bram")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Een vraag om meer uren huishoudelijke hulp"))));
		mvc.perform(get("/zoeken/suggesties").param("q", "huish").with(DemoUsers.as(accounts, "jeroen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Een vraag om meer uren huishoudelijke hulp")));
	}

	@Test
	void the_admin_page_is_for_administrators_and_starts_a_rebuild() throws Exception {
		mvc.perform(get("/beheer/zoeken").with(DemoUsers.as(accounts, "bram"))).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/zoeken").with(DemoUsers.as(accounts, "lucas")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Onderdelen in de index")));
		mvc.perform(post("/beheer/zoeken/opnieuw-opbouwen").with(csrf()).with(DemoUsers.as(accounts, "lucas")))
			.andExpect(redirectedUrl("/beheer/zoeken"));
		new SearchTestCorpus(stories, people, koersen, node).await(() -> !node.progress().running());
		mvc.perform(get("/beheer/zoeken/voortgang").with(DemoUsers.as(accounts, "lucas")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Klaar:")))
			.andExpect(content().string(not(containsString("hx-trigger"))));
	}

	@Test
	void the_reindex_command_rebuilds_with_a_progress_line() throws Exception {
		CliCommand reindex = commands.stream().filter(c -> c.name().equals("reindex")).findFirst().orElseThrow();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = reindex.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(code).isZero();
		org.assertj.core.api.Assertions.assertThat(printed).contains("[##############################] 100%").contains("Done:");
	}

}
