package nl.meesterschap.circles;

import static nl.meesterschap.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.circles.internal.Circle;
import nl.meesterschap.circles.internal.Method;
import nl.meesterschap.circles.internal.MethodService;
import nl.meesterschap.circles.internal.MethodService.MethodInput;
import nl.meesterschap.circles.internal.MethodService.StepInput;
import nl.meesterschap.circles.internal.Session;
import nl.meesterschap.web.ApiProblemException;
import nl.meesterschap.web.InvalidInputException;

/** Methods are data: six standard methods from methods.json, and an organisation's own for its own circles. */
@IntegrationTest
class MethodTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Autowired
	MethodService methods;

	@Autowired
	CircleTestSupport support;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void the_six_standard_methods_come_with_their_steps_in_dutch_and_english() {
		Circle circle = support.circle("Kring methoden", Circle.Kind.INTERVISION, "gert");
		List<Method> standard = methods.availableTo(circle).stream().filter(Method::standard).toList();
		assertThat(standard).extracting(Method::code)
			.containsExactlyInAnyOrder("INCIDENT", "BALINT", "GOSSIP", "FIVE_STEP", "TEN_STEP", "DILEMMA");
		assertThat(standard).allSatisfy(m -> {
			assertThat(m.steps()).hasSizeGreaterThanOrEqualTo(5);
			assertThat(m.minParticipants()).isBetween(3, 5);
			assertThat(m.maxParticipants()).isEqualTo(8);
			m.steps().forEach(s -> {
				assertThat(s.title(DUTCH)).isNotBlank().isNotEqualTo(s.title(Locale.ENGLISH));
				assertThat(s.instruction(DUTCH)).isNotBlank().isNotEqualTo(s.instruction(Locale.ENGLISH));
				assertThat(s.minutes()).isPositive();
			});
		});
		Method incident = methods.byCode(circle, "incident").orElseThrow();
		assertThat(incident.steps()).hasSize(10);
		assertThat(incident.totalMinutes()).isEqualTo(90);
		assertThat(incident.step(2).orElseThrow().actor()).isEqualTo(Method.Actor.CASE_BRINGER);
		assertThat(incident.step(2).orElseThrow().instruction(DUTCH)).contains("beslissen");
		Method gossip = methods.byCode(circle, "GOSSIP").orElseThrow();
		assertThat(gossip.steps()).filteredOn(s -> !s.caseBringerPresent()).singleElement()
			.satisfies(s -> assertThat(s.title(DUTCH)).isEqualTo("Respectvol roddelen"));
		Method dilemma = methods.byCode(circle, "DILEMMA").orElseThrow();
		assertThat(dilemma.kind()).isEqualTo(Method.Kind.MORAL_DELIBERATION);
		assertThat(dilemma.steps()).extracting(Method.Step::part).containsSubsequence(Method.Part.DILEMMA,
				Method.Part.PERSPECTIVES, Method.Part.ALTERNATIVES, Method.Part.WEIGHING, Method.Part.CONCLUSION);
		assertThat(methods.byCode(circle, "BALINT").orElseThrow().minParticipants()).isEqualTo(5);
	}

	@Test
	void a_team_lead_adds_a_method_that_only_circles_of_the_organisation_can_use() throws Exception {
		Method own = methods.add(support.id("hanneke"), new MethodInput("Vijf keer waarom", "Doorvragen naar de oorzaak.",
				"INTERVISION", 3, 6, List.of(new StepInput("Probleem formuleren", "De inbrenger zegt wat er misgaat.",
						"CASE_BRINGER", 5, true, false), new StepInput("", "", "GROUP", 10, true, false),
						new StepInput("Vijf keer waarom", "De groep vraagt vijf keer waarom.", "GROUP", 15, true, false))));
		assertThat(own.code()).isEqualTo("VIJF_KEER_WAAROM");
		assertThat(own.steps()).hasSize(2);
		Circle lindewaarde = support.circle("Kring eigen methode", Circle.Kind.INTERVISION, "gert", "anouk");
		Session session = support.plan(lindewaarde, "gert", "VIJF_KEER_WAAROM", 50, 20);
		assertThat(session.methodId()).isEqualTo(own.id());
		Circle partner = support.circle("Kring van de partner", Circle.Kind.INTERVISION, "mirjam", "noor");
		assertThat(methods.byCode(partner, "VIJF_KEER_WAAROM")).isEmpty();
		mvc.perform(get("/leerkringen/methoden/" + own.id()).with(as(accounts, "noor"))).andExpect(status().isNotFound());
		mvc.perform(get("/leerkringen/methoden/" + own.id()).with(as(accounts, "anouk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De groep vraagt vijf keer waarom.")));
		Method again = methods.add(support.id("lucas"), new MethodInput("Vijf keer waarom", "Nog een keer.", "INTERVISION", 3,
				6, List.of(new StepInput("Een", "Eerste stap.", "GROUP", 5, true, false),
						new StepInput("Twee", "Tweede stap.", "GROUP", 5, true, true))));
		assertThat(again.code()).isEqualTo("VIJF_KEER_WAAROM_2");
	}

	@Test
	void professionals_cannot_add_methods_and_bad_methods_are_refused_with_the_text_kept() throws Exception {
		assertThatThrownBy(() -> methods.add(support.id("anouk"), new MethodInput("X", "Y", "INTERVISION", 3, 8, List.of())))
			.isInstanceOf(ApiProblemException.class);
		mvc.perform(get("/leerkringen/methoden/nieuw").with(as(accounts, "anouk"))).andExpect(status().isForbidden());
		assertThatThrownBy(() -> methods.add(support.id("hanneke"), new MethodInput("", "Uitleg", "INTERVISION", 5, 4,
				List.of(new StepInput("Alleen", "", "GROUP", 0, true, false)))))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(v -> v.field())
				.contains("name", "maxParticipants", "steps[0].instruction", "steps[0].minutes", "steps"));
		mvc.perform(post("/leerkringen/methoden/nieuw").with(csrf()).with(as(accounts, "hanneke"))
			.param("name", "Een eigen methode").param("description", "Onze manier.").param("kind", "INTERVISION")
			.param("minParticipants", "3").param("maxParticipants", "8")
			.param("steps[0].title", "Alleen een stap").param("steps[0].instruction", "Die blijft staan.")
			.param("steps[0].actor", "GROUP").param("steps[0].minutes", "10"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Een methode heeft 2 tot en met 20 stappen.")))
			.andExpect(content().string(containsString("Die blijft staan.</textarea>")));
		mvc.perform(post("/leerkringen/methoden/nieuw").with(csrf()).with(as(accounts, "hanneke"))
			.param("name", "Meer rijen").param("action", "meer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("steps[2].title")));
	}

}
