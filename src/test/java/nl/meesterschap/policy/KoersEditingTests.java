package nl.meesterschap.policy;

import static nl.meesterschap.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.identity.People;
import nl.meesterschap.policy.internal.KoersEditing;

/**
 * A policy advisor makes the next version: draft, edit, publish. Every change to Lindewaarde's koers made here
 * is published back again, so the koers reads as the demo koers for other tests (only its number grows).
 */
@IntegrationTest
@RecordApplicationEvents
class KoersEditingTests {

	private static final String DRAFT = "/koers/lindewaarde/concept";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Koersen koersen;

	@Autowired
	KoersEditing editing;

	@Autowired
	People people;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	@AfterEach
	void noDraft() {
		UUID ilse = people.personByUsername("ilse").orElseThrow().id();
		if (editing.draft(ilse, "lindewaarde").isPresent()) {
			editing.discardDraft(ilse, "lindewaarde");
		}
	}

	@Test
	void a_policy_advisor_publishes_a_new_version_and_the_change_is_announced() throws Exception {
		KoersVersion before = current();
		Principle p5 = before.principle("P5").orElseThrow();

		mvc.perform(by("ilse", post(DRAFT))).andExpect(redirectedUrl(DRAFT));
		mvc.perform(by("ilse", get(DRAFT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Concept voor versie " + (before.version() + 1))))
			.andExpect(content().string(containsString("Zo licht als mogelijk, zo zwaar als nodig")));
		mvc.perform(by("ilse", post(DRAFT + "/principes/nieuw")).param("code", "t1")
			.param("title", "Tijdelijk principe <b>vet</b>")
			.param("domain", "WMO")
			.param("explanation", "Alleen voor deze test.")
			.param("inPractice", "Niets.")
			.param("examples", "Eerste voorbeeld\r\n\r\n  Tweede voorbeeld  "))
			.andExpect(redirectedUrl(DRAFT + "#principe-T1"));
		mvc.perform(by("ilse", post(DRAFT + "/principes/P5")).param("code", "P5")
			.param("title", p5.title())
			.param("explanation", p5.explanation() + " Dat geldt ook voor het team.")
			.param("inPractice", p5.inPractice())
			.param("examples", String.join("\n", p5.examples())))
			.andExpect(redirectedUrl(DRAFT + "#principe-P5"));
		mvc.perform(by("ilse", post(DRAFT + "/principes/T1/verplaatsen")).param("richting", "omhoog"))
			.andExpect(redirectedUrl(DRAFT + "#principe-T1"));
		mvc.perform(by("ilse", post(DRAFT + "/publiceren")).param("vision", before.vision())
			.param("changeNote", "P5 aangescherpt en T1 toegevoegd."))
			.andExpect(redirectedUrl("/koers/lindewaarde"));

		KoersVersion published = current();
		assertThat(published.version()).isEqualTo(before.version() + 1);
		assertThat(published.changeNote()).isEqualTo("P5 aangescherpt en T1 toegevoegd.");
		Principle t1 = published.principle("T1").orElseThrow();
		assertThat(t1.domain()).isEqualTo(Domain.WMO);
		assertThat(t1.examples()).containsExactly("Eerste voorbeeld", "Tweede voorbeeld");
		List<String> codes = published.principles().stream().map(Principle::code).toList();
		assertThat(codes.indexOf("T1")).isEqualTo(codes.size() - 2);
		assertThat(koersen.versions(published.organisationId()).get(1).version()).isEqualTo(before.version());
		assertThat(events.stream(KoersVersionPublished.class)).singleElement().satisfies(event -> {
			assertThat(event.organisationId()).isEqualTo(published.organisationId());
			assertThat(event.version()).isEqualTo(published.version());
			assertThat(event.publishedAt()).isCloseTo(published.publishedAt(), within(1, ChronoUnit.MILLIS));
			assertThat(event.addedCodes()).containsExactly("T1");
			assertThat(event.changedCodes()).containsExactly("P5");
			assertThat(event.removedCodes()).isEmpty();
		});

		String compare = mvc.perform(by("anouk", get("/koers/lindewaarde/vergelijk")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(compare).contains("Van versie " + before.version() + " naar versie " + published.version())
			.contains("Tijdelijk principe &lt;b&gt;vet&lt;/b&gt;")
			.doesNotContain("<b>vet</b>")
			.contains("Dat geldt ook voor het team.</ins>");
		mvc.perform(by("anouk", get("/koers/lindewaarde/principes/T1")))
			.andExpect(content().string(containsString("Tijdelijk principe &lt;b&gt;vet&lt;/b&gt;")))
			.andExpect(content().string(containsString("Nieuw in versie " + published.version())));

		// publish the demo content back: T1 removed, P5 as it was
		mvc.perform(by("ilse", post(DRAFT))).andExpect(redirectedUrl(DRAFT));
		mvc.perform(by("ilse", post(DRAFT + "/principes/T1/verwijderen"))).andExpect(redirectedUrl(DRAFT));
		mvc.perform(by("ilse", post(DRAFT + "/principes/P5")).param("code", "P5")
			.param("title", p5.title())
			.param("explanation", p5.explanation())
			.param("inPractice", p5.inPractice())
			.param("examples", String.join("\n", p5.examples())));
		mvc.perform(by("ilse", post(DRAFT + "/publiceren")).param("vision", before.vision())
			.param("changeNote", "T1 weer weggehaald."))
			.andExpect(redirectedUrl("/koers/lindewaarde"));

		KoersVersion restored = current();
		assertThat(restored.principles()).isEqualTo(before.principles());
		assertThat(events.stream(KoersVersionPublished.class).skip(1)).singleElement().satisfies(event -> {
			assertThat(event.addedCodes()).isEmpty();
			assertThat(event.changedCodes()).containsExactly("P5");
			assertThat(event.removedCodes()).containsExactly("T1");
		});
		assertThat(koersen.versions(restored.organisationId())).extracting(KoersVersion::version)
			.startsWith(before.version() + 2, before.version() + 1, before.version());
	}

	@Test
	void publishing_needs_a_change_note_and_keeps_what_was_typed() throws Exception {
		mvc.perform(by("gert", post(DRAFT))).andExpect(redirectedUrl(DRAFT));
		mvc.perform(by("gert", post(DRAFT + "/publiceren")).param("vision", "Een nieuwe visie.\n\nTweede alinea.")
			.param("changeNote", "   "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Zonder toelichting kun je niet publiceren.")))
			.andExpect(content().string(containsString("Een nieuwe visie.")));
		UUID gert = people.personByUsername("gert").orElseThrow().id();
		assertThat(editing.draft(gert, "lindewaarde").orElseThrow().vision()).isEqualTo("Een nieuwe visie.\n\nTweede alinea.");
		assertThat(events.stream(KoersVersionPublished.class)).isEmpty();
	}

	@Test
	void a_principle_is_refused_next_to_its_field_with_the_typed_text_kept() throws Exception {
		mvc.perform(by("ilse", post(DRAFT))).andExpect(redirectedUrl(DRAFT));
		mvc.perform(by("ilse", post(DRAFT + "/principes/nieuw")).param("code", "P1")
			.param("title", "Een tweede P1")
			.param("explanation", "Mijn uitleg"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Er is al een principe met code P1 in dit concept.")))
			.andExpect(content().string(containsString("value=\"Een tweede P1\"")))
			.andExpect(content().string(containsString(">Mijn uitleg</textarea>")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(by("ilse", post(DRAFT + "/principes/nieuw")).param("code", "12").param("title", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Gebruik een code die begint met een hoofdletter")))
			.andExpect(content().string(containsString("Vul een titel in.")));
		mvc.perform(by("ilse", post(DRAFT + "/principes/nieuw")).param("code", "P12")
			.param("title", "Lang")
			.param("explanation", "x".repeat(5001))
			.param("examples", "voorbeeld\n".repeat(11)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Dit is te lang. Gebruik hoogstens 5.000 tekens.")))
			.andExpect(content().string(containsString("Geef er hoogstens 10, één per regel.")));
		mvc.perform(by("ilse", post(DRAFT + "/principes/P2")).param("code", "P3").param("title", "Botsing"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Er is al een principe met code P3")));
		mvc.perform(by("ilse", post(DRAFT + "/tekst")).param("vision", "v".repeat(10001)).param("changeNote", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Gebruik hoogstens 10.000 tekens.")));
	}

	@Test
	void hostile_html_in_a_draft_is_shown_as_text() throws Exception {
		mvc.perform(by("ilse", post(DRAFT))).andExpect(redirectedUrl(DRAFT));
		mvc.perform(by("ilse", post(DRAFT + "/principes/nieuw")).param("code", "X1")
			.param("title", "<script>alert(1)</script>"))
			.andExpect(redirectedUrl(DRAFT + "#principe-X1"));
		mvc.perform(by("ilse", post(DRAFT + "/tekst")).param("vision", "<img src=x onerror=alert(2)>")
			.param("changeNote", "</textarea><script>alert(3)</script>"))
			.andExpect(redirectedUrl(DRAFT));
		mvc.perform(by("ilse", get(DRAFT)))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(containsString("&lt;/textarea&gt;&lt;script&gt;alert(3)&lt;/script&gt;")));
	}

	@Test
	void moving_and_removing_principles_changes_only_the_draft() throws Exception {
		List<String> published = current().principles().stream().map(Principle::code).toList();
		mvc.perform(by("hanneke", post(DRAFT))).andExpect(redirectedUrl(DRAFT));
		mvc.perform(by("hanneke", post(DRAFT + "/principes/P2/verplaatsen")).param("richting", "omhoog"));
		mvc.perform(by("hanneke", post(DRAFT + "/principes/P3/verwijderen")));
		UUID hanneke = people.personByUsername("hanneke").orElseThrow().id();
		assertThat(editing.draft(hanneke, "lindewaarde").orElseThrow().principles()).extracting(Principle::code)
			.startsWith("P2", "P1", "P4")
			.doesNotContain("P3");
		assertThat(current().principles()).extracting(Principle::code).isEqualTo(published);
		mvc.perform(by("hanneke", get(DRAFT)))
			.andExpect(content().string(not(containsString("Anders geformuleerd"))))
			.andExpect(content().string(containsString("Geschrapt")));
		mvc.perform(by("hanneke", post(DRAFT + "/principes/P3/verplaatsen")).param("richting", "omlaag"))
			.andExpect(status().isNotFound());
		mvc.perform(by("hanneke", post(DRAFT + "/weggooien"))).andExpect(redirectedUrl("/koers/lindewaarde"));
		assertThat(editing.draft(hanneke, "lindewaarde")).isEmpty();
	}

	private KoersVersion current() {
		return koersen.current(people.organisationBySlug("lindewaarde").orElseThrow().id()).orElseThrow();
	}

	private MockHttpServletRequestBuilder by(String username, MockHttpServletRequestBuilder request) {
		return request.with(as(accounts, username)).with(csrf());
	}

}
