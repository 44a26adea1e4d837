package nl.meesterschap.circles;

import static nl.meesterschap.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.circles.internal.Action;
import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.Dilemma;
import nl.meesterschap.circles.internal.FacilitationService;
import nl.meesterschap.circles.internal.OutcomeService;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.circles.internal.SessionContext;
import nl.meesterschap.circles.internal.SessionService;

/**
 * A moral case deliberation run through the facilitation screen, as forms post it: the dilemma with its harms, the
 * stakeholders with values and norms, alternatives, each participant's weighing (one typed on their own device), the
 * conclusion and an action; then attendance and closing.
 */
@IntegrationTest
@RecordApplicationEvents
class MoralDeliberationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	CircleTestSupport support;

	@Autowired
	SessionService sessions;

	@Autowired
	FacilitationService facilitation;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	ApplicationEvents events;

	@Test
	void a_dilemma_run_captures_the_full_structure_and_its_conclusion() throws Exception {
		Circle circle = support.circle("Moreel beraad test", Circle.Kind.MORAL_DELIBERATION, "jeroen", "dewi", "emre", "ilse");
		Session session = support.plan(circle, "jeroen", "DILEMMA", -1, 90);
		String base = "/sessies/" + session.id();
		mvc.perform(by("jeroen", base + "/rollen").param("facilitatorId", id("jeroen")).param("caseBringerId", id("dewi"))
			.param("noteTakerId", id("ilse")).param("timeKeeperId", id("emre"))).andExpect(status().isFound());
		mvc.perform(by("jeroen", base + "/begeleiden").param("action", "start")).andExpect(status().isFound());

		step("jeroen", base, 1, "Spelregels doorgenomen.");
		step("jeroen", base, 2, "Het moment dat de buurvrouw belde.");
		mvc.perform(by("jeroen", base + "/begeleiden").param("step", "3").param("action", "volgende")
			.param("note", "De inbrenger koos de formulering.")
			.param("moralQuestion", "Moet ik zijn keuze respecteren of tegen zijn zin hulp regelen?")
			.param("optionA", "Zijn keuze respecteren.").param("harmA", "Hij kan opnieuw vallen.")
			.param("optionB", "Hulp regelen via de huisarts.").param("harmB", "Zijn vertrouwen raakt beschadigd."))
			.andExpect(status().isFound());
		step("jeroen", base, 4, "Vragen over zijn netwerk.");
		mvc.perform(by("jeroen", base + "/begeleiden").param("step", "5").param("action", "volgende")
			.param("stakeholders[0].name", "De inwoner").param("stakeholders[0].values", "autonomie")
			.param("stakeholders[0].norms", "Ik mag zelf bepalen hoe ik leef.")
			.param("stakeholders[1].name", "De buren").param("stakeholders[1].values", "veiligheid")
			.param("stakeholders[1].norms", "We moeten waarschuwen als het misgaat.")
			.param("stakeholders[2].name", "").param("stakeholders[2].values", "").param("stakeholders[2].norms", ""))
			.andExpect(status().isFound());
		mvc.perform(by("jeroen", base + "/begeleiden").param("step", "6").param("action", "volgende")
			.param("alternatives[0]", "Een afspraak over vallen.").param("alternatives[1]", "")
			.param("alternatives[2]", "Alarmering op proef."))
			.andExpect(status().isFound());

		// step 7: the note taker types two weighings; a participant saves their own on their own device
		mvc.perform(by("emre", base + "/begeleiden/afweging").param("choice", "B").param("carryingValue", "veiligheid")
			.param("harmAccepted", "Zijn boosheid.").param("harmLimited", "Open zijn over waarom.")
			.param("needed", "De huisarts.")).andExpect(status().isFound());
		mvc.perform(by("ilse", base + "/begeleiden").param("step", "7").param("action", "opslaan")
			.param("note", "Iedereen schreef een afweging.")
			.param("weighings[0].personId", id("jeroen")).param("weighings[0].choice", "A")
			.param("weighings[0].carryingValue", "vertrouwen").param("weighings[0].harmAccepted", "Zorgen bij de buren.")
			.param("weighings[0].harmLimited", "Uitleggen wat we wel doen.").param("weighings[0].needed", "Tijd.")
			.param("weighings[1].personId", id("emre")).param("weighings[1].choice", "")
			.param("weighings[2].personId", id("dewi")).param("weighings[2].choice", "A, met een afspraak")
			.param("weighings[2].carryingValue", "autonomie").param("weighings[2].harmAccepted", "Dat hij valt.")
			.param("weighings[2].harmLimited", "Een belafspraak.").param("weighings[2].needed", "Steun."))
			.andExpect(status().isFound());
		mvc.perform(by("ilse", base + "/begeleiden").param("step", "7").param("action", "volgende"))
			.andExpect(status().isForbidden());
		mvc.perform(by("jeroen", base + "/begeleiden").param("step", "7").param("action", "volgende"))
			.andExpect(status().isFound());
		step("jeroen", base, 8, "Verschil tussen autonomie en veiligheid besproken.");
		mvc.perform(by("jeroen", base + "/begeleiden").param("step", "9").param("action", "volgende")
			.param("conclusion", "Vooral A: zijn keuze respecteren, maar hem niet loslaten.")
			.param("actionDescription", "Een afspraak over vallen maken").param("actionOwnerId", id("dewi"))
			.param("actionDueDate", LocalDate.now(CircleTestSupport.ZONE).plusDays(7).toString()))
			.andExpect(status().isFound());
		step("jeroen", base, 10, "Volgende keer meer tijd voor de dialoog.");

		SessionContext context = sessions.context(session.id(), support.id("emre"));
		assertThat(context.stepsDone()).isTrue();
		Dilemma dilemma = facilitation.dilemma(context);
		assertThat(dilemma.moralQuestion()).isEqualTo("Moet ik zijn keuze respecteren of tegen zijn zin hulp regelen?");
		assertThat(dilemma.optionA()).isEqualTo("Zijn keuze respecteren.");
		assertThat(dilemma.harmA()).isEqualTo("Hij kan opnieuw vallen.");
		assertThat(dilemma.optionB()).isEqualTo("Hulp regelen via de huisarts.");
		assertThat(dilemma.harmB()).isEqualTo("Zijn vertrouwen raakt beschadigd.");
		assertThat(dilemma.stakeholders()).containsExactly(
				new Dilemma.Stakeholder("De inwoner", "autonomie", "Ik mag zelf bepalen hoe ik leef."),
				new Dilemma.Stakeholder("De buren", "veiligheid", "We moeten waarschuwen als het misgaat."));
		assertThat(dilemma.alternatives()).containsExactly("Een afspraak over vallen.", "Alarmering op proef.");
		assertThat(dilemma.weighings()).extracting(w -> w.personId()).containsExactlyInAnyOrder(support.id("jeroen"),
				support.id("emre"), support.id("dewi"));
		assertThat(dilemma.weighings()).filteredOn(w -> w.personId().equals(support.id("emre"))).singleElement()
			.satisfies(w -> {
				assertThat(w.choice()).isEqualTo("B");
				assertThat(w.carryingValue()).isEqualTo("veiligheid");
				assertThat(w.harmLimited()).isEqualTo("Open zijn over waarom.");
			});
		assertThat(dilemma.conclusion()).isEqualTo("Vooral A: zijn keuze respecteren, maar hem niet loslaten.");
		assertThat(facilitation.notes(context)).containsOnlyKeys(1, 2, 3, 4, 7, 8, 10);
		assertThat(facilitation.notes(context).get(7).body()).as("kept when the leader moved on").isEqualTo(
				"Iedereen schreef een afweging.");
		assertThat(outcomes.actionsOf(context)).singleElement().satisfies(a -> {
			assertThat(a.ownerId()).isEqualTo(support.id("dewi"));
			assertThat(a.status()).isEqualTo(Action.Status.OPEN);
		});

		mvc.perform(by("jeroen", base + "/afronden/aanwezigheid").param("kind", "MORAL_CASE_DELIBERATION")
			.param("rows[0].personId", id("jeroen")).param("rows[0].attended", "true").param("rows[0].minutes", "90")
			.param("rows[0].role", "FACILITATOR")
			.param("rows[1].personId", id("dewi")).param("rows[1].attended", "true").param("rows[1].minutes", "90")
			.param("rows[1].role", "CASE_BRINGER")
			.param("rows[2].personId", id("emre")).param("_rows[2].attended", "on").param("rows[2].minutes", "90")
			.param("rows[2].role", "TIME_KEEPER")
			.param("rows[3].personId", id("ilse")).param("rows[3].attended", "true").param("rows[3].minutes", "80")
			.param("rows[3].role", "NOTE_TAKER")).andExpect(status().isFound());
		mvc.perform(by("jeroen", base + "/afronden/afsluiten")).andExpect(status().isFound());
		assertThat(events.stream(SessionAttended.class).filter(e -> e.sessionId().equals(session.id())))
			.hasSize(3)
			.allMatch(e -> e.kind() == ReflectionKind.MORAL_CASE_DELIBERATION && e.countsForRegistration());

		mvc.perform(get(base).with(as(accounts, "emre")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Moet ik zijn keuze respecteren of tegen zijn zin hulp regelen?")))
			.andExpect(content().string(containsString("We moeten waarschuwen als het misgaat.")))
			.andExpect(content().string(containsString("Alarmering op proef.")))
			.andExpect(content().string(containsString("Open zijn over waarom.")))
			.andExpect(content().string(containsString("Vooral A: zijn keuze respecteren, maar hem niet loslaten.")))
			.andExpect(content().string(containsString("Een afspraak over vallen maken")));
	}

	@Test
	void the_dilemma_parts_belong_to_the_dilemma_method_only() throws Exception {
		Circle circle = support.circle("Intervisie zonder dilemma", Circle.Kind.INTERVISION, "gert", "anouk");
		Session session = support.plan(circle, "gert", "INCIDENT", -1, 90);
		mvc.perform(by("gert", "/sessies/" + session.id() + "/begeleiden").param("action", "start"));
		mvc.perform(by("anouk", "/sessies/" + session.id() + "/begeleiden/afweging").param("choice", "A"))
			.andExpect(status().isConflict());
	}

	private void step(String user, String base, int step, String note) throws Exception {
		mvc.perform(by(user, base + "/begeleiden").param("step", String.valueOf(step)).param("action", "volgende")
			.param("note", note)).andExpect(status().isFound());
	}

	private MockHttpServletRequestBuilder by(String user, String path) {
		return post(path).with(csrf()).with(as(accounts, user));
	}

	private String id(String username) {
		UUID id = support.id(username);
		return id.toString();
	}

}
