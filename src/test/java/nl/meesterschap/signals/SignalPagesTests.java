package nl.meesterschap.signals;

import static nl.meesterschap.DemoUsers.as;
import static nl.meesterschap.signals.SignalFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.signals.internal.EvidenceRef;
import nl.meesterschap.signals.internal.Signal;
import nl.meesterschap.signals.internal.SignalService;

/** The signal pages without a browser: forms keep what was typed, errors show in place, nobody is unmasked. */
@IntegrationTest
class SignalPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	SignalService signals;

	@Autowired
	StoryService stories;

	@Autowired
	People people;

	@Test
	void the_board_filters_by_status_and_shows_what_waits_too_long() throws Exception {
		mvc.perform(by("anouk", get("/signalen").param("status", "ADOPTED")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Eigen regie voorop werkt niet als iemand de regie even niet aankan")))
			.andExpect(content().string(not(containsString("Statushouders wachten maanden op een taalcursus"))));
		mvc.perform(by("anouk", get("/signalen").param("overtijd", "ja").param("sorteer", "oud")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geen vervoer naar de dagbesteding vanuit de dorpen")))
			.andExpect(content().string(containsString("Wacht te lang op antwoord")));
	}

	@Test
	void a_signal_is_raised_from_a_story_with_its_title_domains_and_principles_filled_in() throws Exception {
		UUID story = SignalFixture.story(stories, people, "chantal", Audience.organisation(lindewaarde()),
				"Een formulier dat niemand begrijpt");
		mvc.perform(by("chantal", get("/verhalen/" + story)))
			.andExpect(content().string(containsString("Signaal geven aan beleid")))
			.andExpect(content().string(containsString("/signalen/nieuw?verhaal=" + story)));
		String form = mvc.perform(by("chantal", get("/signalen/nieuw").param("verhaal", story.toString())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("value=\"Een formulier dat niemand begrijpt\"")
			.containsPattern("value=\"PARTICIPATIE\" checked")
			.containsPattern("value=\"P11\" checked")
			.containsPattern("value=\"" + story + "\" checked");

		String draft = UUID.randomUUID().toString();
		mvc.perform(by("chantal", post("/signalen/nieuw")).param("draftId", draft)
			.param("title", "Formulieren die niemand begrijpt")
			.param("description", "Mijn uitleg die niet verloren mag gaan.")
			.param("audience", "ORGANISATION")
			.param("evidence", story.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies wat voor signaal het is.")))
			.andExpect(content().string(containsString("Mijn uitleg die niet verloren mag gaan.")))
			.andExpect(content().string(containsString("value=\"Formulieren die niemand begrijpt\"")));
		mvc.perform(by("chantal", post("/signalen/nieuw")).param("draftId", draft)
			.param("title", "Formulieren die niemand begrijpt")
			.param("description", "Mijn uitleg die niet verloren mag gaan.")
			.param("kind", "RULE_PINCHES")
			.param("principles", "P11")
			.param("audience", "ORGANISATION")
			.param("evidence", story.toString()))
			.andExpect(redirectedUrl("/signalen/" + draft))
			.andExpect(flash().attribute("notice", "signals.raised"));
		mvc.perform(by("chantal", get("/verhalen/" + story)))
			.andExpect(content().string(containsString("Signalen met dit verhaal als bewijs")))
			.andExpect(content().string(containsString("Formulieren die niemand begrijpt")));
	}

	@Test
	void personal_data_in_a_signal_is_shown_in_place_and_replaced_in_one_click() throws Exception {
		String draft = UUID.randomUUID().toString();
		mvc.perform(by("bram", post("/signalen/nieuw")).param("draftId", draft)
			.param("title", "Bellen lukt niet")
			.param("description", "Bel mevrouw De Graaf op 06-12345678 als het niet lukt.")
			.param("kind", "OTHER")
			.param("audience", "ORGANISATION"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Er staan mogelijk persoonsgegevens in je signaal")))
			.andExpect(content().string(containsString("06-12345678")));
		mvc.perform(by("bram", post("/signalen/nieuw/vervangen")).param("draftId", draft)
			.param("title", "Bellen lukt niet")
			.param("description", "Bel mevrouw De Graaf op 06-12345678 als het niet lukt.")
			.param("kind", "OTHER")
			.param("audience", "ORGANISATION"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("[telefoonnummer]")))
			.andExpect(content().string(not(containsString("06-12345678"))));
	}

	@Test
	void an_anonymous_signal_page_names_nobody_to_colleagues() throws Exception {
		UUID story = SignalFixture.story(stories, people, "emre", Audience.organisation(lindewaarde()),
				"Taal op de werkvloer");
		Signal signal = signals.raise(id(people, "emre"),
				SignalFixture.command("Taalcursus pas na maanden", List.of(EvidenceRef.story(story)), true));
		String colleague = withoutMentionList(mvc.perform(by("fleur", get("/signalen/" + signal.id())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(colleague).contains("Zonder naam gegeven").contains("Een praktijkverhaal")
			.doesNotContain("Emre").doesNotContain("Taal op de werkvloer").doesNotContain(story.toString());
		mvc.perform(by("ilse", get("/signalen/" + signal.id())))
			.andExpect(content().string(containsString("Emre Yilmaz")))
			.andExpect(content().string(containsString("Taal op de werkvloer")));
	}

	@Test
	void the_answer_form_is_for_the_policy_side_and_keeps_the_text_on_errors() throws Exception {
		Signal signal = SignalFixture.raise(signals, people, "dewi", "Een antwoord via de pagina");
		String page = "/signalen/" + signal.id();
		mvc.perform(by("dewi", get(page))).andExpect(content().string(not(containsString("Antwoord publiceren"))));
		mvc.perform(by("jeroen", post(page + "/status")).param("status", "ANSWERED").param("response", "Ik ook."))
			.andExpect(status().isForbidden());
		mvc.perform(by("ilse", post(page + "/status")).param("status", "ADOPTED").param("response", "Overgenomen!"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies de versie van de koers")))
			.andExpect(content().string(containsString(">Overgenomen!</textarea>")));
		mvc.perform(by("ilse", post(page + "/status")).param("status", "ANSWERED").param("response", "Uitgelegd."))
			.andExpect(redirectedUrl(page + "#antwoord"));
		mvc.perform(by("dewi", get(page)))
			.andExpect(content().string(containsString("Uitgelegd.")))
			.andExpect(content().string(containsString("Ilse van den Berg")));
		mvc.perform(by("bram", post(page + "/herkennen")))
			.andExpect(flash().attribute("notice", "signals.endorsed"));
		mvc.perform(by("bram", post(page + "/herkennen")))
			.andExpect(flash().attribute("alert", "signals.endorse.twice"));
	}

	@Test
	void the_koers_shows_what_changed_because_of_signals_and_each_principle_its_signals() throws Exception {
		mvc.perform(by("anouk", get("/koers/lindewaarde/versies")))
			.andExpect(content().string(containsString("Veranderd door signalen uit de praktijk")))
			.andExpect(content().string(containsString("Terugvorderen bij een kleine vergissing maakt mensen bang om te gaan werken")));
		mvc.perform(by("anouk", get("/koers/lindewaarde/versies/1")))
			.andExpect(content().string(not(containsString("Veranderd door signalen uit de praktijk"))));
		mvc.perform(by("anouk", get("/koers/lindewaarde/principes/P1")))
			.andExpect(content().string(containsString("Signalen over dit principe")))
			.andExpect(content().string(containsString("Eigen regie voorop werkt niet als iemand de regie even niet aankan")));
		mvc.perform(by("anouk", get("/signalen/jullie-zeiden-wij-deden")))
			.andExpect(content().string(containsString("Overgenomen")))
			.andExpect(content().string(containsString("Eigen regie voorop werkt niet als iemand de regie even niet aankan")))
			.andExpect(content().string(containsString("Mediaan in werkdagen")));
	}

	@Test
	void the_home_page_shows_waiting_signals_to_the_policy_side_and_own_signals_to_others() throws Exception {
		SignalFixture.raise(signals, people, "fleur", "Mijn nieuwste signaal");
		mvc.perform(by("ilse", get("/"))).andExpect(content().string(containsString("Signalen die op antwoord wachten")));
		mvc.perform(by("fleur", get("/"))).andExpect(content().string(containsString("Mijn signalen")))
			.andExpect(content().string(containsString("Mijn nieuwste signaal")));
	}

	@Test
	void a_signal_someone_may_not_see_is_not_found() throws Exception {
		Signal signal = SignalFixture.raise(signals, people, "anouk", "Alleen voor de gemeente");
		mvc.perform(by("mirjam", get("/signalen/" + signal.id()))).andExpect(status().isNotFound());
		mvc.perform(by("mirjam", post("/signalen/" + signal.id() + "/herkennen"))).andExpect(status().isNotFound());
	}

	private static String withoutMentionList(String html) {
		return html.replaceAll("(?s)<datalist.*?</datalist>", "");
	}

	private MockHttpServletRequestBuilder by(String username, MockHttpServletRequestBuilder request) {
		return request.with(as(accounts, username)).with(csrf());
	}

	private UUID lindewaarde() {
		return people.organisationBySlug("lindewaarde").orElseThrow().id();
	}

}
