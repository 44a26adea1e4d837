package nl.meesterschap.learning.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.conversation.ResponseMarkedHelpful;
import nl.meesterschap.conversation.ResponsePosted;
import nl.meesterschap.web.InvalidInputException;

/**
 * The portfolio: sessions attended become reflection hours by themselves, only the professional ever sees them
 * (404 for a colleague, a team lead and an administrator), and the exports for re-registration list them.
 */
@IntegrationTest
class PortfolioTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Portfolio portfolio;

	@Autowired
	PortfolioFixture fixture;

	@Test
	void a_ninety_minute_intervision_is_one_and_a_half_reflection_hours_that_only_the_professional_sees_and_the_pdf_lists()
			throws Exception {
		String noelle = fixture.newProfessional("Noëlle van Dijk-Brouwer");
		UUID id = fixture.id(noelle);
		portfolio.chooseRegister(id, "SKJ", portfolio.today().minusYears(1).toString());
		UUID session = fixture.attended(noelle, fixture.someCircle(), 90, Instant.now().minus(Duration.ofDays(2)));

		Activity attended = fixture.awaitSession(noelle, session);
		assertThat(attended.category()).isEqualTo(Category.REFLECTION);
		assertThat(attended.minutes()).isEqualTo(90);
		assertThat(attended.hours()).isEqualByComparingTo("1.5");
		HoursSummary hours = portfolio.hours(id);
		assertThat(hours.category(Category.REFLECTION).hours()).isEqualByComparingTo("1.5");
		assertThat(hours.category(Category.REFLECTION).minimumHours()).isEqualTo(60);
		assertThat(hours.category(Category.TRAINING).minutes()).isZero();

		String page = mvc.perform(get("/portfolio").with(fixture.as(noelle)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("data-category=\"REFLECTION\">\\s*<th[^>]*>Reflectie</th>\\s*<td[^>]*>1,5</td>")
			.contains("Intervisie").contains("Nog 58,5 uur nodig.");
		mvc.perform(get("/api/v1/me/portfolio").with(fixture.as(noelle)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.register.code").value("SKJ"))
			.andExpect(jsonPath("$.hours[?(@.category == 'REFLECTION')].hours").value(hasItem(1.5)))
			.andExpect(jsonPath("$.hours[?(@.category == 'REFLECTION')].minutes").value(hasItem(90)))
			.andExpect(jsonPath("$.activities[0].sessionId").value(session.toString()))
			.andExpect(jsonPath("$.activities[0].source").value("SESSION"));
		mvc.perform(get("/portfolio/" + id).with(fixture.as(noelle))).andExpect(redirectedUrl("/portfolio"));

		for (String other : List.of("bram", "gert", "lucas")) {
			mvc.perform(get("/portfolio/" + id).with(fixture.as(other))).andExpect(status().isNotFound());
			mvc.perform(get("/portfolio/" + id + "/export.pdf").with(fixture.as(other))).andExpect(status().isNotFound());
			mvc.perform(get("/portfolio/" + id + "/export.csv").with(fixture.as(other))).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/people/" + id + "/portfolio").with(fixture.as(other)))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			String theirs = mvc.perform(get("/portfolio").with(fixture.as(other)))
				.andReturn().getResponse().getContentAsString();
			assertThat(theirs).as(other + " sees only their own portfolio").doesNotContain(session.toString());
		}

		MvcResult pdf = mvc.perform(get("/portfolio/export.pdf").with(fixture.as(noelle)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn();
		byte[] pdfBytes = pdf.getResponse().getContentAsByteArray();
		keepFirstPageAsImage(pdfBytes, "95-portfolio-pdf");
		String text = pdfText(pdfBytes);
		assertThat(text).contains("Portfolio van Noëlle van Dijk-Brouwer")
			.contains("Intervisie")
			.contains("90 netto minuten")
			.containsPattern("Reflectie\\s+1,5");
	}

	@Test
	void only_sessions_that_count_for_registration_are_added_and_each_only_once() {
		String sem = fixture.newProfessional("Sem Ouali");
		UUID circle = fixture.someCircle();
		UUID shortSession = fixture.attended(sem, circle, 50, Instant.now().minus(Duration.ofDays(3)));
		UUID session = UUID.randomUUID();
		nl.meesterschap.circles.SessionAttended twice = new nl.meesterschap.circles.SessionAttended(fixture.id(sem),
				session, circle, nl.meesterschap.circles.ReflectionKind.MORAL_CASE_DELIBERATION, 120,
				nl.meesterschap.circles.SessionRole.CASE_BRINGER, Instant.now().minus(Duration.ofDays(1)), true);
		fixture.publish(twice);
		fixture.publish(twice);
		UUID last = fixture.attended(sem, circle, 60, Instant.now().minus(Duration.ofHours(5)));
		fixture.awaitSession(sem, last);
		fixture.awaitSession(sem, session);
		List<Activity> activities = portfolio.activities(fixture.id(sem));
		assertThat(activities).extracting(Activity::sessionId).doesNotContain(shortSession);
		assertThat(activities).filteredOn(a -> session.equals(a.sessionId())).singleElement()
			.satisfies(a -> {
				assertThat(a.reflectionKind()).isEqualTo("MORAL_CASE_DELIBERATION");
				assertThat(a.sessionRole()).isEqualTo("CASE_BRINGER");
			});
		assertThat(portfolio.hours(fixture.id(sem)).category(Category.REFLECTION).hours()).isEqualByComparingTo("3");
	}

	@Test
	void the_csv_is_utf8_with_a_bom_semicolons_and_decimal_commas_and_never_a_formula() throws Exception {
		String eva = fixture.newProfessional("Eva Jansen");
		UUID id = fixture.id(eva);
		portfolio.chooseRegister(id, "REGISTERPLEIN", portfolio.today().minusYears(2).toString());
		LocalDate day = portfolio.today().minusMonths(3);
		portfolio.addActivity(id, new Portfolio.ActivityInput("Cursus ‘Eigen regie’; deel 2", "TRAINING", "2,5",
				day.toString(), "PE-123456", "Movisie Academie", "Certificaat in Mijn Registerplein"));
		portfolio.addActivity(id, new Portfolio.ActivityInput("=HYPERLINK(\"x\")", "OTHER", "1", day.toString(), null,
				null, null));
		portfolio.addActivity(id, new Portfolio.ActivityInput("Oude cursus", "OTHER", "4",
				portfolio.today().minusYears(3).toString(), null, null, null));

		byte[] csv = mvc.perform(get("/portfolio/export.csv").with(fixture.as(eva)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).isEqualTo(
				"Datum;Soort;Activiteit;Vorm;Aanbieder;Accreditatienummer;Netto minuten;Uren;Bron;Bewijs");
		assertThat(lines).contains(day + ";Scholing;\"Cursus ‘Eigen regie’; deel 2\";;Movisie Academie;PE-123456;150;2,5;"
				+ "Zelf toegevoegd;Certificaat in Mijn Registerplein");
		assertThat(lines).anySatisfy(line -> assertThat(line).contains(";\"'=HYPERLINK(\"\"x\"\")\";"));
		assertThat(portfolio.hours(id).outsidePeriod()).isEqualTo(1);
	}

	@Test
	void bad_input_on_the_activity_form_is_shown_next_to_each_field_keeps_what_was_typed_and_stores_nothing()
			throws Exception {
		String tim = fixture.newProfessional("Tim de Groot");
		portfolio.chooseRegister(fixture.id(tim), "SKJ", "2024-01-01");
		String html = mvc.perform(post("/portfolio/activiteiten/nieuw").with(fixture.as(tim)).with(csrf())
			.param("title", "Training MGV")
			.param("category", "TRAINING")
			.param("hours", "1,33")
			.param("date", portfolio.today().plusDays(3).toString())
			.param("accreditationId", "")
			.param("provider", "Rutgers"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Vul hele minuten in")
			.contains("Deze datum ligt in de toekomst")
			.contains("Scholing telt alleen met een accreditatienummer")
			.contains("value=\"Training MGV\"").contains("value=\"1,33\"").contains("value=\"Rutgers\"")
			.contains("id=\"hours-error\"").contains("aria-invalid=\"true\"");
		String empty = mvc.perform(post("/portfolio/activiteiten/nieuw").with(fixture.as(tim)).with(csrf())
			.param("title", " ").param("hours", "veel").param("accreditationId", "<script>"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("Vul in wat je hebt gedaan")
			.contains("Kies de soort uren")
			.contains("Vul een getal in, bijvoorbeeld 3 of 1,5.")
			.contains("Vul de datum in waarop je de activiteit afrondde.")
			.contains("Gebruik alleen letters, cijfers");
		assertThat(portfolio.activities(fixture.id(tim))).isEmpty();

		mvc.perform(post("/portfolio/activiteiten/nieuw").with(fixture.as(tim)).with(csrf())
			.param("title", "Training MGV").param("category", "TRAINING").param("hours", "1,25")
			.param("date", "2025-02-03").param("accreditationId", "SKJ-2025/0417"))
			.andExpect(redirectedUrl("/portfolio#uren"));
		assertThat(portfolio.activities(fixture.id(tim))).singleElement()
			.satisfies(a -> assertThat(a.minutes()).isEqualTo(75));
	}

	@Test
	void the_api_refuses_bad_input_with_problem_json_per_field_and_adds_and_removes_activities() throws Exception {
		String lotte = fixture.newProfessional("Lotte Smit");
		mvc.perform(post("/api/v1/me/portfolio/activities").with(fixture.as(lotte)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"\", \"category\": \"LEARNING\", \"hours\": 0.001, \"date\": \"gisteren\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("title", "category", "hours", "date")))
			.andExpect(jsonPath("$.invalidParams[?(@.name == 'hours')].code").value(hasItem("portfolio.activity.hours.whole-minutes")));
		mvc.perform(post("/api/v1/me/portfolio/activities").with(fixture.as(lotte)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Studiedag\", \"category\": \"OTHER\", \"hours\": 250, \"date\": \"2026-01-10\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("hours"))
			.andExpect(jsonPath("$.invalidParams[0].reason").value("Vul een aantal uren in van meer dan 0 en hoogstens 200."));
		mvc.perform(post("/api/v1/me/portfolio/activities").with(fixture.as(lotte)).with(csrf()).contentType(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(portfolio.activities(fixture.id(lotte))).isEmpty();

		String location = mvc.perform(post("/api/v1/me/portfolio/activities").with(fixture.as(lotte)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Studiedag huiselijk geweld\", \"category\": \"training\", \"hours\": 6, "
					+ "\"date\": \"2026-01-10\", \"provider\": \"Veilig Thuis\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.minutes").value(360))
			.andExpect(jsonPath("$.category").value("TRAINING"))
			.andReturn().getResponse().getHeader("Location");
		assertThat(location).startsWith("/api/v1/me/portfolio/activities/");
		mvc.perform(get(location).with(fixture.as("bram"))).andExpect(status().isNotFound());
		mvc.perform(delete(location).with(fixture.as("bram")).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get(location).with(fixture.as(lotte))).andExpect(jsonPath("$.title").value("Studiedag huiselijk geweld"));
		mvc.perform(delete(location).with(fixture.as(lotte)).with(csrf())).andExpect(status().isNoContent());
		assertThat(portfolio.activities(fixture.id(lotte))).isEmpty();
		mvc.perform(get("/api/v1/openapi.json"))
			.andExpect(jsonPath("$.paths['/me/portfolio'].get.operationId").value("getMyPortfolio"))
			.andExpect(jsonPath("$.paths['/me/portfolio/activities'].post.operationId").value("addMyPortfolioActivity"))
			.andExpect(jsonPath("$.paths['/people/{personId}/portfolio'].get.operationId").value("getPortfolio"));
	}

	@Test
	void goals_link_to_a_known_competency_and_self_assessment_shows_as_a_chart_with_a_table() throws Exception {
		String iris = fixture.newProfessional("Iris Bos");
		String refused = mvc.perform(post("/portfolio/doelen/nieuw").with(fixture.as(iris)).with(csrf())
			.param("competency", "MOVISIE_7:99").param("title", "Beter signaleren").param("targetDate", "morgen"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Deze competentie kennen we niet").contains("value=\"Beter signaleren\"");
		mvc.perform(post("/portfolio/doelen/nieuw").with(fixture.as(iris)).with(csrf())
			.param("competency", "MOVISIE_7:2").param("title", "Eerder zien als een gezin vastloopt")
			.param("status", "IN_PROGRESS"))
			.andExpect(redirectedUrl("/portfolio#doelen"));
		Goal goal = portfolio.goals(fixture.id(iris)).get(0);
		assertThat(goal.competency()).isEqualTo("2");
		assertThat(goal.status()).isEqualTo(Goal.Status.IN_PROGRESS);
		mvc.perform(post("/portfolio/doelen/" + goal.id() + "/status").with(fixture.as("bram")).with(csrf())
			.param("status", "ACHIEVED")).andExpect(status().isNotFound());
		mvc.perform(post("/portfolio/doelen/" + goal.id() + "/status").with(fixture.as(iris)).with(csrf())
			.param("status", "ACHIEVED")).andExpect(redirectedUrl("/portfolio#doelen"));
		assertThat(portfolio.goals(fixture.id(iris)).get(0).status()).isEqualTo(Goal.Status.ACHIEVED);

		mvc.perform(post("/portfolio/zelfbeoordeling/nieuw").with(fixture.as(iris)).with(csrf())
			.param("competency", "WMO_10:7").param("level", "5").param("date", "2026-01-01"))
			.andExpect(status().isUnprocessableEntity());
		for (String[] rating : new String[][] { { "2026-01-15", "1" }, { "2026-06-15", "3" } }) {
			mvc.perform(post("/portfolio/zelfbeoordeling/nieuw").with(fixture.as(iris)).with(csrf())
				.param("competency", "WMO_10:7").param("level", rating[1]).param("date", rating[0]))
				.andExpect(redirectedUrl("/portfolio#groei"));
		}
		String page = mvc.perform(get("/portfolio").with(fixture.as(iris)))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<svg").contains("role=\"img\"")
			.contains("points=\"44,96 344,40\"")
			.contains("7. Werkt samen en versterkt netwerken")
			.contains("3 – gevorderd").contains("1 – beginnend")
			.contains("Eerder zien als een gezin vastloopt");
	}

	@Test
	void feedback_given_received_and_marked_helpful_becomes_evidence() {
		String ruben = fixture.newProfessional("Ruben Kok");
		String sara = fixture.newProfessional("Sara Pinas");
		UUID response = UUID.randomUUID();
		UUID story = UUID.randomUUID();
		fixture.publish(new ResponsePosted(response, "story", story, fixture.id(sara), null, null, fixture.id(ruben),
				null, Instant.now()));
		fixture.publish(new ResponseMarkedHelpful(response, "story", story, fixture.id(ruben), fixture.id(sara),
				Instant.now()));
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> portfolio.evidence(fixture.id(ruben)).feedback().size() == 2);
		assertThat(portfolio.evidence(fixture.id(ruben)).feedback()).extracting(Feedback::kind)
			.containsExactlyInAnyOrder(Feedback.Kind.GIVEN, Feedback.Kind.HELPFUL);
		assertThat(portfolio.evidence(fixture.id(sara)).feedback()).singleElement()
			.satisfies(f -> {
				assertThat(f.kind()).isEqualTo(Feedback.Kind.RECEIVED);
				assertThat(f.url()).isEqualTo("/verhalen/" + story + "#reactie-" + response);
			});
	}

	@Test
	void a_register_needs_a_known_code_and_a_start_date_that_is_not_in_the_future() {
		String joost = fixture.newProfessional("Joost Vermeer");
		UUID id = fixture.id(joost);
		assertThatThrownBy(() -> portfolio.chooseRegister(id, "NIP", "2024-01-01"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("portfolio.register.invalid");
		assertThatThrownBy(() -> portfolio.chooseRegister(id, "SKJ", ""))
			.hasMessageContaining("portfolio.register.start.required");
		assertThatThrownBy(() -> portfolio.chooseRegister(id, "SKJ", portfolio.today().plusDays(1).toString()))
			.hasMessageContaining("portfolio.register.start.future");
		portfolio.chooseRegister(id, "SKJ", "2023-09-01");
		HoursSummary hours = portfolio.hours(id);
		assertThat(hours.from()).isEqualTo(LocalDate.of(2023, 9, 1));
		assertThat(hours.lastDay()).isEqualTo(LocalDate.of(2028, 8, 31));
		assertThat(hours.register().norm(Category.REFLECTION).orElseThrow().source()).startsWith("https://");
		portfolio.chooseRegister(id, "NONE", "");
		assertThat(portfolio.hours(id).register()).isNull();
		assertThat(portfolio.hours(id).category(Category.REFLECTION).norm()).isNull();
		assertThat(new BigDecimal("1.5")).isEqualByComparingTo(Activity.hours(90));
	}

	/** A picture of the PDF's first page next to the browser screenshots, to look at. */
	private static void keepFirstPageAsImage(byte[] pdf, String name) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
			java.nio.file.Files.createDirectories(dir);
			javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110),
					"png", dir.resolve(name + ".png").toFile());
		}
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
