package nl.meesterschap.circles;

import static nl.meesterschap.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.circles.internal.CaseService;
import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionService;
import nl.meesterschap.circles.internal.SummaryRefusedException;
import nl.meesterschap.circles.internal.SummaryService;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.People;
import nl.meesterschap.privacy.FieldFinding;
import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * The privacy guard stands between the circle's texts and their readers: the case text reaches the circle only when
 * clean, and a summary leaves the circle only when clean.
 */
@IntegrationTest
class CaseAndSummaryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	CaseService cases;

	@Autowired
	SummaryService summaries;

	@Autowired
	SessionService sessions;

	@Autowired
	CircleTestSupport support;

	@Autowired
	People people;

	@Test
	void a_case_with_personal_data_stays_with_its_bringer_until_it_is_clean() throws Exception {
		Session session = sessionWithBringer("Kring casus privacy", "anouk");
		List<FieldFinding> findings = cases.save(support.id("anouk"), session.id(), null, "Een lastig gesprek",
				"Mevrouw Jansen belde me op 06-12345678 over haar huur.");
		assertThat(findings).extracting(f -> f.finding().type()).contains(FindingType.PHONE);
		mvc.perform(get("/sessies/" + session.id()).with(as(accounts, "bram")))
			.andExpect(content().string(containsString("De inbrenger werkt de casus nog bij")))
			.andExpect(content().string(not(containsString("06-12345678"))));
		mvc.perform(get("/sessies/" + session.id()).with(as(accounts, "anouk")))
			.andExpect(content().string(containsString("<mark class=\"ms-privacy-mark\">06-12345678</mark>")))
			.andExpect(content().string(containsString("Vervang door [telefoonnummer]")));

		mvc.perform(post("/sessies/" + session.id() + "/casus/vervangen").with(csrf()).with(as(accounts, "anouk"))
			.param("replace", "caseText|" + "Mevrouw Jansen belde me op ".length() + "|[telefoonnummer]|06-12345678"))
			.andExpect(status().isFound());
		String name = cases.findings(sessions.context(session.id(), support.id("anouk"))).get(0).finding().text();
		cases.waive(support.id("anouk"), session.id(), FindingType.PERSON_NAME, name);
		mvc.perform(get("/sessies/" + session.id()).with(as(accounts, "bram")))
			.andExpect(content().string(containsString("belde me op [telefoonnummer] over haar huur.")));
	}

	@Test
	void the_case_form_keeps_what_was_typed_and_only_the_bringer_writes_it() throws Exception {
		Session session = sessionWithBringer("Kring casus formulier", "anouk");
		mvc.perform(post("/sessies/" + session.id() + "/casus").with(csrf()).with(as(accounts, "anouk"))
			.param("caseTitle", "Een BSN in de tekst").param("caseText", "Zijn BSN is 123456782."))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Zijn BSN is 123456782.</textarea>")))
			.andExpect(content().string(containsString("Een BSN moet altijd weg.")));
		mvc.perform(post("/sessies/" + session.id() + "/casus").with(csrf()).with(as(accounts, "anouk"))
			.param("storyId", UUID.randomUUID().toString()).param("caseText", "Mijn tekst die niet weg mag."))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies een van je eigen verhalen.")))
			.andExpect(content().string(containsString("Mijn tekst die niet weg mag.</textarea>")));
		assertThatThrownBy(() -> cases.save(support.id("bram"), session.id(), null, "Van Bram", "Tekst"))
			.isInstanceOf(ApiProblemException.class);
		assertThatThrownBy(() -> cases.save(support.id("anouk"), session.id(), null, "", " "))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("session.case.empty");
	}

	@Test
	void a_summary_is_shared_outside_the_circle_only_when_clean_and_then_only_with_its_audience() throws Exception {
		Session session = sessionWithBringer("Kring samenvatting", "anouk");
		UUID gert = support.id("gert");
		assertThatThrownBy(() -> summaries.save(gert, session.id(), "Meneer Pietersen (BSN 123456782) leerde ons veel.",
				AudienceKind.ORGANISATION))
			.isInstanceOf(SummaryRefusedException.class);
		assertThat(summaries.sharedWith(people.viewer(support.id("fleur")), 50))
			.noneMatch(s -> s.session().id().equals(session.id()));
		assertThat(summaries.of(sessions.context(session.id(), gert))).get()
			.satisfies(s -> assertThat(s.published()).as("kept as a draft inside the circle").isFalse());
		assertThatThrownBy(() -> summaries.save(support.id("bram"), session.id(), "Schoon", AudienceKind.PLATFORM))
			.as("a member who does not lead the session").isInstanceOf(ApiProblemException.class);
		assertThatThrownBy(() -> summaries.save(gert, session.id(), "Schoon", AudienceKind.NETWORK))
			.as("the circle has no network").hasMessageContaining("session.summary.audience.choose");

		summaries.save(gert, session.id(), "Rust brengen werkt beter dan haast maken.", AudienceKind.ORGANISATION);
		assertThat(summaries.shared(session.id(), people.viewer(support.id("fleur"))).summary().body())
			.isEqualTo("Rust brengen werkt beter dan haast maken.");
		assertThatThrownBy(() -> summaries.shared(session.id(), people.viewer(support.id("mirjam"))))
			.isInstanceOf(ItemNotFoundException.class);
		mvc.perform(get("/leerkringen/samenvattingen/" + session.id()).with(as(accounts, "fleur")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rust brengen werkt beter dan haast maken.")));
		mvc.perform(get("/leerkringen/samenvattingen/" + session.id()).with(as(accounts, "mirjam")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/sessies/" + session.id()).with(as(accounts, "fleur"))).andExpect(status().isNotFound());

		mvc.perform(post("/sessies/" + session.id() + "/afronden/samenvatting").with(csrf()).with(as(accounts, "gert"))
			.param("summary", "Nu met een telefoonnummer: 06-12345678.").param("action", "bewaren"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Nu met een telefoonnummer: 06-12345678.</textarea>")));
		assertThat(summaries.shared(session.id(), people.viewer(support.id("fleur"))).summary().body())
			.as("the shared text stays the clean one").isEqualTo("Rust brengen werkt beter dan haast maken.");
		summaries.withdraw(gert, session.id());
		assertThatThrownBy(() -> summaries.shared(session.id(), people.viewer(support.id("fleur"))))
			.isInstanceOf(ItemNotFoundException.class);
	}

	private Session sessionWithBringer(String name, String bringer) {
		Circle circle = support.circle(name, Circle.Kind.INTERVISION, "gert", "anouk", "bram");
		Session session = support.plan(circle, "gert", "INCIDENT", 30, 90);
		return sessions.assignRoles(support.id("gert"), session.id(),
				new Session.Roles(support.id("gert"), null, null, support.id(bringer)));
	}

}
