package nl.meesterschap.identity;

import static nl.meesterschap.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.IntegrationTest;

/** Admin pages stay inside the admin's own organisation; everything else answers 404 (or 403 without the role). */
@IntegrationTest
class AdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	People people;

	@Test
	void an_admin_sees_the_people_of_their_own_organisation() throws Exception {
		mvc.perform(get("/beheer").with(as(accounts, "lucas"))).andExpect(redirectedUrl("/beheer/lindewaarde"));
		mvc.perform(get("/beheer/lindewaarde").with(as(accounts, "lucas")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anouk de Vries")))
			.andExpect(content().string(not(containsString("Mirjam Hendriks"))));
	}

	@Test
	void an_admin_cannot_open_another_organisations_admin_pages_or_people() throws Exception {
		UUID mirjam = people.personByUsername("mirjam").orElseThrow().id();
		UUID anouk = people.personByUsername("anouk").orElseThrow().id();
		mvc.perform(get("/beheer/jeugdhulp-de-linde").with(as(accounts, "lucas"))).andExpect(status().isNotFound());
		mvc.perform(get("/beheer/lindewaarde/mensen/" + mirjam).with(as(accounts, "lucas")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/beheer/lindewaarde").with(as(accounts, "sanne"))).andExpect(status().isNotFound());
		mvc.perform(get("/beheer/jeugdhulp-de-linde/mensen/" + anouk).with(as(accounts, "sanne")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/beheer/jeugdhulp-de-linde/mensen/" + mirjam + "/status").param("action", "deactiveren")
			.with(csrf())
			.with(as(accounts, "lucas"))).andExpect(status().isNotFound());
	}

	@Test
	void a_professional_has_no_admin_pages() throws Exception {
		mvc.perform(get("/beheer/lindewaarde").with(as(accounts, "anouk"))).andExpect(status().isForbidden());
	}

	@Test
	void adding_a_person_gives_an_invitation_link() throws Exception {
		mvc.perform(post("/beheer/lindewaarde/mensen/nieuw").with(csrf())
			.with(as(accounts, "lucas"))
			.param("displayName", "Rosa Willems")
			.param("email", "rosa.willems@lindewaarde.example")
			.param("username", "rosa")
			.param("roles", "PROFESSIONAL")
			.param("teamIds", people.teamsOf(people.personByUsername("anouk").orElseThrow().id()).get(0).id().toString()))
			.andExpect(status().isFound())
			.andExpect(flash().attributeExists("invitation"));
		PersonSummary rosa = people.personByUsername("rosa").orElseThrow();
		org.assertj.core.api.Assertions.assertThat(people.teamsOf(rosa.id())).extracting(TeamSummary::slug)
			.containsExactly("wijkteam-noord");
	}

	@Test
	void a_duplicate_e_mail_or_missing_fields_are_shown_next_to_the_field_and_nothing_typed_is_lost() throws Exception {
		mvc.perform(post("/beheer/lindewaarde/mensen/nieuw").with(csrf())
			.with(as(accounts, "lucas"))
			.param("displayName", "Tweede Anouk")
			.param("email", "ANOUK@lindewaarde.example")
			.param("username", "")
			.param("_roles", "on")
			.param("jobTitle", "Wijkverpleegkundige"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Dit e-mailadres is al in gebruik.")))
			.andExpect(content().string(containsString("Gebruik 2 tot 40 kleine letters")))
			.andExpect(content().string(containsString("Kies minstens één rol.")))
			.andExpect(content().string(containsString("value=\"Tweede Anouk\"")))
			.andExpect(content().string(containsString("value=\"Wijkverpleegkundige\"")));
	}

	@Test
	void hostile_html_in_a_name_is_shown_as_text() throws Exception {
		mvc.perform(post("/beheer/lindewaarde/mensen/nieuw").with(csrf())
			.with(as(accounts, "lucas"))
			.param("displayName", "<script>alert(1)</script>")
			.param("email", "bad")
			.param("username", "x"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void an_admin_cannot_add_a_team_of_another_organisation_to_a_person() throws Exception {
		UUID jeugdTeam = people.teamsOf(people.personByUsername("mirjam").orElseThrow().id()).get(0).id();
		mvc.perform(post("/beheer/lindewaarde/mensen/nieuw").with(csrf())
			.with(as(accounts, "lucas"))
			.param("displayName", "Tom Smeets")
			.param("email", "tom@lindewaarde.example")
			.param("username", "tom")
			.param("roles", "PROFESSIONAL")
			.param("teamIds", jeugdTeam.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies alleen teams van je eigen organisatie.")));
	}

	@Test
	void teams_and_networks_pages_show_the_demo_organisation() throws Exception {
		mvc.perform(get("/beheer/lindewaarde/teams").with(as(accounts, "lucas")))
			.andExpect(content().string(containsString("Wijkteam Noord")));
		mvc.perform(get("/beheer/lindewaarde/netwerken").with(as(accounts, "lucas")))
			.andExpect(content().string(containsString("Netwerk Noord")));
		UUID network = people.networksOf(people.personByUsername("anouk").orElseThrow().id()).get(0).id();
		mvc.perform(get("/beheer/jeugdhulp-de-linde/netwerken/" + network).with(as(accounts, "sanne")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mirjam Hendriks")))
			.andExpect(content().string(not(containsString("Anouk de Vries"))));
	}

}
