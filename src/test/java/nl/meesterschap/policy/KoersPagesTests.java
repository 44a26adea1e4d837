package nl.meesterschap.policy;

import static nl.meesterschap.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.IntegrationTest;

/** The reading pages of a published koers: open to everyone signed in, for any organisation's koers. */
@IntegrationTest
class KoersPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void the_koers_page_shows_vision_and_principles_grouped_by_domain() throws Exception {
		String page = page("/koers/lindewaarde", "bram");
		assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Samen dichtbij</h1>")
			.contains("Periode 2025–2028")
			.contains("Lindewaarde wil een gemeente zijn waar iedereen kan meedoen")
			.contains("<strong>dichtbij</strong>")
			.contains("<em>Samen dichtbij</em>")
			.doesNotContain("**")
			.contains("href=\"/koers/lindewaarde/principes/P2\"");
		int crossDomain = page.indexOf(">Domeinoverstijgend<");
		int jeugd = page.indexOf(">Jeugd<");
		int wmo = page.indexOf(">Wmo<");
		int participatie = page.indexOf(">Participatie<");
		assertThat(crossDomain).isPositive().isLessThan(jeugd);
		assertThat(jeugd).isLessThan(wmo);
		assertThat(wmo).isLessThan(participatie);
		assertThat(page.indexOf("Thuis opgroeien waar het kan")).isGreaterThan(jeugd).isLessThan(wmo);
	}

	@Test
	void a_reader_without_the_role_sees_no_editing() throws Exception {
		assertThat(page("/koers/lindewaarde", "anouk")).doesNotContain("Koers aanpassen").doesNotContain("/concept");
	}

	@Test
	void an_editor_finds_the_way_to_a_new_version() throws Exception {
		assertThat(page("/koers/lindewaarde", "hanneke")).contains("Koers aanpassen");
	}

	@Test
	void a_principle_page_explains_it_in_practice_and_tells_its_version() throws Exception {
		String page = page("/koers/lindewaarde/principes/P2", "mirjam");
		assertThat(page).contains("Zo licht als mogelijk, zo zwaar als nodig")
			.contains("Wat vraagt dit van jou in de praktijk")
			.contains("Kijk eerst naar wat er in de buurt al is")
			.contains("Voorbeelden")
			.contains("Bij een gezin in crisis ga je deze week drie keer langs")
			.contains("Domeinoverstijgend")
			.containsPattern("In versie \\d+ van de koers\\.")
			.contains("href=\"/koers/lindewaarde/versies\"");
	}

	@Test
	void a_principle_tells_in_which_version_it_was_reworded_or_added() throws Exception {
		assertThat(page("/koers/lindewaarde/principes/P11", "anouk")).contains("Uitgaan van vertrouwen")
			.contains("Nieuw in versie 2.")
			.contains("href=\"/koers/lindewaarde/vergelijk?van=1&amp;naar=2\"");
	}

	@Test
	void an_unknown_principle_organisation_or_version_is_not_found() throws Exception {
		mvc.perform(get("/koers/lindewaarde/principes/P99").with(as(accounts, "anouk"))).andExpect(status().isNotFound());
		mvc.perform(get("/koers/bestaat-niet").with(as(accounts, "anouk"))).andExpect(status().isNotFound());
		mvc.perform(get("/koers/jeugdhulp-de-linde").with(as(accounts, "anouk"))).andExpect(status().isNotFound());
		mvc.perform(get("/koers/lindewaarde/versies/99").with(as(accounts, "anouk"))).andExpect(status().isNotFound());
		mvc.perform(get("/koers/lindewaarde/versies/twee").with(as(accounts, "anouk"))).andExpect(status().isNotFound());
	}

	@Test
	void the_versions_page_lists_every_published_version_with_its_change_note() throws Exception {
		assertThat(page("/koers/lindewaarde/versies", "olaf")).contains("Versie 2")
			.contains("Versie 1")
			.contains("Huidige versie")
			.contains("Eerste versie van de koers.")
			.contains("Deze versie komt uit de praktijk.")
			.contains("href=\"/koers/lindewaarde/versies/1\"");
	}

	@Test
	void an_earlier_version_is_clearly_marked_and_read_only() throws Exception {
		assertThat(page("/koers/lindewaarde/versies/1", "anouk")).contains("Dit is een eerdere versie")
			.contains("Eigen regie voorop")
			.doesNotContain("Uitgaan van vertrouwen")
			.doesNotContain("/concept");
	}

	@Test
	void the_current_version_number_leads_to_the_koers_page() throws Exception {
		mvc.perform(get("/koers/lindewaarde/versies").with(as(accounts, "anouk"))).andExpect(status().isOk());
		String current = String.valueOf(currentVersion());
		mvc.perform(get("/koers/lindewaarde/versies/" + current).with(as(accounts, "anouk")))
			.andExpect(redirectedUrl("/koers/lindewaarde"));
	}

	@Test
	void the_home_page_shows_the_koers_you_work_by() throws Exception {
		mvc.perform(get("/").with(as(accounts, "olaf")))
			.andExpect(content().string(containsString("Je werkt volgens de koers van Gemeente Lindewaarde:")))
			.andExpect(content().string(containsString("<a class=\"utrecht-link\" href=\"/koers/lindewaarde\">Samen dichtbij</a>")))
			.andExpect(content().string(containsString("href=\"/koers/lindewaarde/principes/P1\"")));
	}

	private int currentVersion() throws Exception {
		String page = page("/koers/lindewaarde", "anouk");
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("versie (\\d+) · gepubliceerd").matcher(page);
		assertThat(matcher.find()).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(as(accounts, username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
