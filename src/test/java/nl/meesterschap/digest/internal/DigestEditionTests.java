package nl.meesterschap.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;
import nl.meesterschap.TestClock;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.internal.Join;
import nl.meesterschap.conversation.internal.ResponseService;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.internal.Administration;
import nl.meesterschap.identity.internal.PersonDetails;
import nl.meesterschap.notifications.NotificationFixture;
import nl.meesterschap.notifications.internal.NotificationReader;
import nl.meesterschap.practice.internal.StoryService;
import nl.meesterschap.web.ApiProblemException;

/**
 * An edition of Gemeente Lindewaarde's general digest from the first draft to the outbox and the archive: each
 * reader's mail holds only what they may see (a TEAM story reaches only that team), who may edit and preview, the
 * intro's privacy guard, scheduling and the job that sends, and bad input on the forms. Each test makes its own
 * edition with a period of its own (tests share one database), so the period's most active stories include the
 * test's stories.
 */
@IntegrationTest
class DigestEditionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	DigestCatalogue catalogue;

	@Autowired
	Editing editing;

	@Autowired
	EditionSending sending;

	@Autowired
	EditionRepository editions;

	@Autowired
	DigestJobs jobs;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	ResponseService responses;

	@Autowired
	People people;

	@Autowired
	Administration administration;

	@Autowired
	StoryService stories;

	@Autowired
	NotificationReader reader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	NotificationFixture fixture;

	Digest general;

	@BeforeEach
	void fixture() {
		general = catalogue.general(people.organisationBySlug("lindewaarde").orElseThrow().id());
	}

	@Test
	void a_sent_edition_differs_per_reader_and_a_team_only_story_reaches_only_that_team() throws Exception {
		Instant since = clock.instant();
		String tag = tag();
		UUID teamNorth = people.viewer(fixture.id("anouk")).teamIds().iterator().next();
		UUID teamStory = fixture.story(fixture.id("anouk"), "Alleen voor Noord " + tag, Audience.team(teamNorth));
		UUID shared = fixture.story(fixture.id("dewi"), "Voor de hele gemeente " + tag,
				Audience.organisation(general.organisationId()));
		respond("bram", teamStory);
		respond("gert", teamStory);
		respond("hanneke", shared);
		Edition edition = edition(since);

		assertThat(sending.start(edition.id(), fixture.id("gert"), clock.instant())).isTrue();
		EditionSending.Progress progress = sending.send(edition.id(), clock.instant(), Duration.ofMinutes(5));
		assertThat(progress.finished()).isTrue();
		assertThat(progress.status()).isEqualTo(Edition.Status.SENT);
		assertThat(progress.done()).isEqualTo(progress.total()).isEqualTo(
				subscriptions.recipients(general, Frequency.MONTHLY).size());

		for (String north : List.of("anouk", "bram", "chantal", "gert")) {
			assertThat(mail(edition, north)).as(north).contains("Alleen voor Noord " + tag, "Voor de hele gemeente " + tag);
		}
		for (String south : List.of("dewi", "hanneke", "jeroen", "ilse")) {
			assertThat(mail(edition, south)).as(south).contains("Voor de hele gemeente " + tag)
				.doesNotContain("Alleen voor Noord " + tag).doesNotContain(teamStory.toString());
		}
		assertThat(mail(edition, "emre")).as("emre chose the weekly one").isNull();
		assertThat(mail(edition, "mirjam")).as("another organisation").isNull();

		String archive = "/nieuwsbrieven/" + general.id() + "/" + edition.id();
		mvc.perform(as("chantal", get(archive))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Alleen voor Noord " + tag)));
		mvc.perform(as("dewi", get(archive))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Voor de hele gemeente " + tag)))
			.andExpect(content().string(not(containsString("Alleen voor Noord " + tag))));
		mvc.perform(as("mirjam", get(archive))).andExpect(status().isNotFound());
		mvc.perform(as("dewi", get("/nieuwsbrieven/" + general.id()))).andExpect(status().isOk())
			.andExpect(content().string(containsString(archive)));

		assertThat(sending.start(edition.id(), fixture.id("gert"), clock.instant())).as("sent once").isFalse();
		sending.send(edition.id(), clock.instant(), Duration.ofMinutes(1));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE idempotency_key = ? AND recipient_id = ?")
			.params(DigestMail.idempotencyKey(edition.id()), fixture.id("gert"))
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void a_send_that_stopped_half_way_continues_after_the_last_committed_batch_without_duplicates() {
		Instant since = clock.instant();
		String tag = tag();
		UUID shared = fixture.story(fixture.id("dewi"), "Halverwege gestopt " + tag,
				Audience.organisation(general.organisationId()));
		respond("hanneke", shared);
		Edition edition = edition(since);
		sending.start(edition.id(), null, clock.instant());
		List<UUID> readers = subscriptions.recipients(general, Frequency.MONTHLY);
		UUID crashAt = readers.get(readers.size() - 1);
		sending.beforeQueue = reader -> {
			if (reader.equals(crashAt)) {
				throw new IllegalStateException("Simulated crash");
			}
		};
		try {
			assertThatThrownBy(() -> sending.send(edition.id(), clock.instant(), Duration.ofMinutes(5)))
				.hasMessageContaining("Simulated crash");
		}
		finally {
			sending.beforeQueue = reader -> {
			};
		}
		Edition stopped = editions.find(edition.id()).orElseThrow();
		assertThat(stopped.status()).isEqualTo(Edition.Status.SENDING);
		assertThat(stopped.recipientsDone()).isLessThan(readers.size());

		EditionSending.Progress progress = sending.send(edition.id(), clock.instant(), Duration.ofMinutes(5));
		assertThat(progress.finished()).isTrue();
		Edition done = editions.find(edition.id()).orElseThrow();
		assertThat(done.recipientsDone()).isEqualTo(readers.size());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE idempotency_key = ?")
			.param(DigestMail.idempotencyKey(edition.id()))
			.query(Integer.class)
			.single()).isEqualTo(done.mailsQueued() + done.notDeliverable()).isGreaterThan(readers.size() / 2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM (SELECT recipient_id FROM mail_outbox WHERE idempotency_key = ? "
				+ "GROUP BY recipient_id HAVING COUNT(*) > 1) twice")
			.param(DigestMail.idempotencyKey(edition.id()))
			.query(Integer.class)
			.single()).isZero();
		assertThat(mail(edition, "dewi")).contains("Halverwege gestopt " + tag);
	}

	@Test
	void only_team_leads_and_communications_advisers_of_the_organisation_edit_it() throws Exception {
		Edition edition = edition();
		String page = "/nieuwsbrieven/beheer/uitgaven/" + edition.id();
		mvc.perform(as("gert", get("/nieuwsbrieven/beheer"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Nieuwsbrief Gemeente Lindewaarde")));
		mvc.perform(as("gert", get(page))).andExpect(status().isOk());
		mvc.perform(as("anouk", get("/nieuwsbrieven/beheer"))).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Alleen teamleiders en communicatieadviseurs")));
		mvc.perform(as("anouk", get(page))).andExpect(status().isForbidden());
		mvc.perform(as("anouk", post(page + "/versturen"))).andExpect(status().isForbidden());
		mvc.perform(as("mirjam", get(page))).andExpect(status().isNotFound());
		assertThat(editions.find(edition.id()).orElseThrow().status()).isEqualTo(Edition.Status.DRAFT);

		String username = "c" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
		OrganisationSummary lindewaarde = people.organisation(general.organisationId()).orElseThrow();
		administration.addPerson(fixture.id("lucas"), lindewaarde, new PersonDetails("Cora Communicatie",
				username + "@gemeente-lindewaarde.example", username, "Communicatieadviseur",
				Set.of(Role.COMMUNICATIONS), List.of()));
		mvc.perform(as(username, get("/nieuwsbrieven/beheer"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Nieuwsbrief Gemeente Lindewaarde")));
		mvc.perform(as(username, get(page))).andExpect(status().isOk());
	}

	@Test
	void a_preview_shows_the_edition_as_a_colleague_gets_it_and_is_refused_for_another_organisation() throws Exception {
		Instant since = clock.instant();
		String tag = tag();
		UUID teamNorth = people.viewer(fixture.id("anouk")).teamIds().iterator().next();
		UUID teamStory = fixture.story(fixture.id("anouk"), "Voorbeeld Noord " + tag, Audience.team(teamNorth));
		respond("bram", teamStory);
		Edition edition = edition(since);
		String page = "/nieuwsbrieven/beheer/uitgaven/" + edition.id();

		mvc.perform(as("gert", get(page).param("lezer", "bram"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Voorbeeld voor Bram Jansen")))
			.andExpect(content().string(containsString("Voorbeeld Noord " + tag)));
		String asDewi = mvc.perform(as("gert", get(page).param("lezer", "dewi"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String previewPart = asDewi.substring(asDewi.indexOf("Voorbeeld voor Dewi Pranoto"));
		assertThat(previewPart).doesNotContain("Voorbeeld Noord " + tag);

		mvc.perform(as("gert", get(page).param("lezer", "mirjam"))).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("alleen een voorbeeld bekijken voor collega’s van je eigen organisatie")))
			.andExpect(content().string(not(containsString("Voorbeeld voor Mirjam"))));
		mvc.perform(as("gert", get(page).param("lezer", "niemand-" + tag))).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("We kennen geen collega met deze gebruikersnaam.")))
			.andExpect(content().string(containsString("value=\"niemand-" + tag + "\"")));
		assertThatThrownBy(() -> editing.preview(fixture.id("gert"), edition.id(), fixture.id("mirjam")))
			.isInstanceOfSatisfying(ApiProblemException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
	}

	@Test
	void an_intro_with_personal_data_is_refused_in_place_and_keeps_what_was_typed() throws Exception {
		Edition edition = edition();
		String page = "/nieuwsbrieven/beheer/uitgaven/" + edition.id();
		String typed = "Bel gerust met 06-12345678 als je vragen hebt over deze maand.";
		mvc.perform(as("gert", post(page + "/inleiding")).param("intro", typed))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("mogelijk persoonsgegeven")))
			.andExpect(content().string(containsString("06-12345678")));
		assertThat(editions.find(edition.id()).orElseThrow().intro()).isNull();

		mvc.perform(as("gert", post(page + "/inleiding")).param("intro", typed).param("replace", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(editions.find(edition.id()).orElseThrow().intro()).contains("[telefoonnummer]")
			.doesNotContain("06-12345678");

		String tooLong = "Lang verhaal. ".repeat(100);
		mvc.perform(as("gert", post(page + "/inleiding")).param("intro", tooLong))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("De inleiding is te lang: hoogstens 1.000 tekens.")))
			.andExpect(content().string(containsString("Lang verhaal. Lang verhaal.")));
	}

	@Test
	void an_edition_is_scheduled_for_the_future_and_the_job_sends_it_when_it_is_due() throws Exception {
		Instant since = clock.instant();
		String tag = tag();
		UUID shared = fixture.story(fixture.id("dewi"), "Ingepland " + tag, Audience.organisation(general.organisationId()));
		respond("hanneke", shared);
		Edition edition = edition(since);
		String page = "/nieuwsbrieven/beheer/uitgaven/" + edition.id();

		mvc.perform(as("gert", post(page + "/inplannen")).param("date", "1-1-2020").param("time", "07:00"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kies een moment in de toekomst.")))
			.andExpect(content().string(containsString("1-1-2020")));
		mvc.perform(as("gert", post(page + "/inplannen")).param("date", "31-2-2027").param("time", "7 uur"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vul een datum (bijvoorbeeld 1-12-2026) en een tijd")));
		assertThat(editions.find(edition.id()).orElseThrow().status()).isEqualTo(Edition.Status.DRAFT);

		Instant at = clock.instant().plus(Duration.ofHours(2));
		String date = at.atZone(nl.meesterschap.web.DateFormatting.ZONE).toLocalDate().toString();
		String time = at.atZone(nl.meesterschap.web.DateFormatting.ZONE).toLocalTime().withSecond(0).withNano(0).toString();
		mvc.perform(as("gert", post(page + "/inplannen")).param("date", date).param("time", time))
			.andExpect(status().is3xxRedirection());
		Edition scheduled = editions.find(edition.id()).orElseThrow();
		assertThat(scheduled.status()).isEqualTo(Edition.Status.SCHEDULED);

		jobs.run(at.minus(Duration.ofMinutes(5)));
		assertThat(editions.find(edition.id()).orElseThrow().status()).as("not yet due").isEqualTo(Edition.Status.SCHEDULED);
		jobs.run(at.plus(Duration.ofMinutes(1)));
		assertThat(editions.find(edition.id()).orElseThrow().status()).isEqualTo(Edition.Status.SENT);
		assertThat(mail(edition, "dewi")).contains("Ingepland " + tag);

		mvc.perform(as("gert", post(page + "/inleiding")).param("intro", "Te laat."))
			.andExpect(status().isConflict());
	}

	@Test
	void members_get_the_general_digest_by_default_can_leave_it_and_bad_choices_are_shown_in_place() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		String username = people.person(sara).orElseThrow().username();
		assertThat(subscriptions.recipients(general, Frequency.MONTHLY)).contains(sara);
		Digest wmo = catalogue.forOrganisation(general.organisationId()).stream()
			.filter(d -> d.domain() == nl.meesterschap.policy.Domain.WMO)
			.findFirst()
			.orElseThrow();

		mvc.perform(as(username, get("/instellingen/nieuwsbrieven"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Nieuwsbrief Gemeente Lindewaarde")))
			.andExpect(content().string(containsString(wmo.title())));
		mvc.perform(as(username, post("/instellingen/nieuwsbrieven")).param("d-" + general.id(), "DAILY")
			.param("d-" + wmo.id(), "WEEKLY"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kies een van de mogelijkheden.")));
		assertThat(subscriptions.recipients(wmo, Frequency.WEEKLY)).as("nothing saved").doesNotContain(sara);

		mvc.perform(as(username, post("/instellingen/nieuwsbrieven")).param("d-" + general.id(), "NONE")
			.param("d-" + wmo.id(), "WEEKLY"))
			.andExpect(status().is3xxRedirection());
		assertThat(subscriptions.recipients(general, Frequency.MONTHLY)).doesNotContain(sara);
		assertThat(subscriptions.recipients(wmo, Frequency.WEEKLY)).contains(sara);

		UUID mirjamsDigest = catalogue.general(people.viewer(fixture.id("mirjam")).organisationId()).id();
		mvc.perform(as(username, get("/nieuwsbrieven/" + mirjamsDigest))).andExpect(status().isNotFound());
	}

	/** A draft of the general digest, monthly, with a period of its own that started an hour or so ago. */
	private Edition edition() {
		return edition(clock.instant().minusSeconds(3_600 + ThreadLocalRandom.current().nextInt(100_000)));
	}

	/**
	 * A draft of the general digest, monthly, with a period of its own from {@code start}: a test that starts the
	 * period when it starts has only its own (and concurrent) activity among the period's most active stories.
	 */
	private Edition edition(Instant start) {
		return editing.draft(general, Frequency.MONTHLY, new Period(start, clock.instant().plus(Duration.ofDays(1))),
				fixture.id("gert"));
	}

	private void respond(String username, UUID story) {
		responses.post(fixture.id(username), "story", story, null, ResponseKind.RECOGNITION, "Dit herken ik.",
				UUID.randomUUID(), Join.NEW);
	}

	/** The plain text of the edition's mail to this demo person, or null when they got none. */
	private String mail(Edition edition, String username) {
		Optional<String> text = jdbc.sql("SELECT text_body FROM mail_outbox WHERE idempotency_key = ? AND recipient_id = ?")
			.params(DigestMail.idempotencyKey(edition.id()), fixture.id(username))
			.query(String.class)
			.optional();
		return text.orElse(null);
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(DemoUsers.as(accounts, username)).with(csrf());
	}

	private static String tag() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 31), 36);
	}

}
