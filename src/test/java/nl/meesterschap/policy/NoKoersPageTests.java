package nl.meesterschap.policy;

import static nl.meesterschap.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;

/**
 * A person for whom no koers applies (in the demo everyone has one, through the network) gets a friendly page
 * that lists the koersen they can read, no koers block on the home page, and a 404 problem from the API.
 */
@IntegrationTest
class NoKoersPageTests {

	@MockitoBean
	Koersen koersen;

	@Autowired
	People people;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@BeforeEach
	void onlyLindewaardeHasAKoers() {
		OrganisationSummary lindewaarde = people.organisationBySlug("lindewaarde").orElseThrow();
		KoersVersion koers = new KoersVersion(lindewaarde.id(), lindewaarde.slug(), lindewaarde.name(),
				"Samen <dichtbij>", "2025–2028", 1, Instant.parse("2025-01-20T09:00:00Z"), "Visie", null,
				List.of(new Principle("P1", "Eigen regie voorop", null, "", "", List.of())));
		given(koersen.applicableTo(any())).willReturn(Optional.empty());
		given(koersen.current(any())).willReturn(Optional.empty());
		given(koersen.current(lindewaarde.id())).willReturn(Optional.of(koers));
	}

	@Test
	void without_a_koers_you_get_a_friendly_page_with_the_koersen_you_can_read() throws Exception {
		mvc.perform(get("/koers").with(as(accounts, "noor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er is nog geen koers voor jouw organisatie")))
			.andExpect(content().string(containsString("Jeugdhulp De Linde heeft nog geen koers gepubliceerd.")))
			.andExpect(content().string(containsString("href=\"/koers/lindewaarde\"")))
			.andExpect(content().string(containsString("Samen &lt;dichtbij&gt; (Gemeente Lindewaarde)")))
			.andExpect(content().string(not(containsString("Koers opstellen"))));
	}

	@Test
	void the_api_answers_404_problem_json() throws Exception {
		mvc.perform(get("/api/v1/koers").with(as(accounts, "noor")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("API-Version", "1.0.0"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Niet gevonden"))
			.andExpect(jsonPath("$.detail").value(containsString("geen koers die voor jou geldt")));
		mvc.perform(get("/api/v1/principles/P1").with(as(accounts, "noor"))).andExpect(status().isNotFound());
	}

	@Test
	void the_home_page_has_no_koers_block_then() throws Exception {
		mvc.perform(get("/").with(as(accounts, "noor")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Je werkt volgens"))));
	}

}
