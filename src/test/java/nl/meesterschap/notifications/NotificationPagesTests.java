package nl.meesterschap.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import nl.meesterschap.DemoUsers;
import nl.meesterschap.IntegrationTest;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.internal.Join;
import nl.meesterschap.conversation.internal.ResponseService;
import nl.meesterschap.identity.People;
import nl.meesterschap.notifications.internal.Channel;
import nl.meesterschap.notifications.internal.NotificationReader;
import nl.meesterschap.notifications.internal.Preferences;

/** The bell, {@code /meldingen}, the settings page and the admin outbox, without a browser. */
@IntegrationTest
class NotificationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	People people;

	@Autowired
	Preferences preferences;

	@Autowired
	NotificationReader reader;

	@Autowired
	ResponseService responses;

	@Autowired
	MailOutbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NotificationFixture fixture;

	@Test
	void the_bell_counts_unread_notifications_and_opening_one_marks_it_read_and_goes_to_it() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID story = fixture.story(sara, "Een verhaal met een bel");
		respond("bram", story);
		UUID notification = fixture.awaitNotifications(sara, 1).get(0).id();

		mvc.perform(get("/").with(as(sara))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Meldingen, 1 ongelezen")))
			.andExpect(content().string(containsString("class=\"ms-bell__count\" aria-hidden=\"true\">1</span>")));
		mvc.perform(get("/meldingen").with(as(sara))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bram Jansen reageerde op je verhaal ‘Een verhaal met een bel’"),
					containsString("ms-notification--unread"), containsString("1 ongelezen"),
					containsString("Alles als gelezen markeren"))));
		mvc.perform(get("/meldingen/" + notification).with(as(sara)))
			.andExpect(redirectedUrlPattern("/verhalen/" + story + "#reactie-*"));
		mvc.perform(get("/meldingen").with(as(sara)))
			.andExpect(content().string(allOf(containsString("Meldingen, geen ongelezen"), containsString("ms-notification--read"),
					not(containsString("Alles als gelezen markeren")))));
		mvc.perform(get("/meldingen/bel").with(as(sara))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"ms-bell\""), containsString("Meldingen, geen ongelezen"))));
	}

	@Test
	void one_or_all_are_marked_read_without_opening_them_and_nobody_else_can() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID story = fixture.story(sara, "Drie keer gelezen");
		respond("bram", story);
		respond("chantal", story);
		respond("gert", story);
		UUID first = fixture.awaitNotifications(sara, 3).get(0).id();

		mvc.perform(post("/meldingen/" + first + "/gelezen").with(csrf()).with(as(fixture.id("bram"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/meldingen/" + first).with(as(fixture.id("bram")))).andExpect(status().isNotFound());
		mvc.perform(post("/meldingen/" + first + "/gelezen").with(csrf()).with(as(sara)))
			.andExpect(redirectedUrl("/meldingen")).andExpect(flash().attribute("notice", "notifications.list.marked"));
		assertThat(reader.page(sara, true, 0, 10, NotificationFixture.DUTCH).unread()).isEqualTo(2);
		mvc.perform(post("/meldingen/alles-gelezen").with(csrf()).with(as(sara))).andExpect(redirectedUrl("/meldingen"));
		assertThat(reader.page(sara, true, 0, 10, NotificationFixture.DUTCH).unread()).isZero();
		mvc.perform(post("/meldingen/alles-gelezen").with(as(sara))).andExpect(status().isForbidden());
	}

	@Test
	void without_logging_in_the_pages_send_you_to_log_in_and_pages_show_no_bell() throws Exception {
		mvc.perform(get("/meldingen")).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/instellingen/meldingen")).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/inloggen")).andExpect(status().isOk()).andExpect(content().string(not(containsString("ms-bell"))));
	}

	@Test
	void settings_show_every_kind_that_concerns_the_person_with_its_default_and_keep_a_choice() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		mvc.perform(get("/instellingen/meldingen").with(as(sara))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Als iemand mij noemt"),
					containsString("id=\"MENTION-EMAIL_NOW\" value=\"EMAIL_NOW\" checked"),
					containsString("id=\"RESPONSE-IN_APP\" value=\"IN_APP\" checked"),
					containsString("We sturen e-mail naar " + fixture.address(sara)),
					containsString("hoogstens één per 15 minuten"),
					not(containsString("Signalen die te lang op antwoord wachten")))));
		mvc.perform(get("/instellingen/meldingen").with(as(fixture.id("gert")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Signalen die te lang op antwoord wachten")));
		mvc.perform(post("/instellingen/meldingen").param("RESPONSE", "EMAIL_DIGEST").param("MENTION", "OFF")
			.with(csrf()).with(as(sara)))
			.andExpect(redirectedUrl("/instellingen/meldingen"))
			.andExpect(flash().attribute("notice", "notifications.settings.saved"));
		assertThat(preferences.of(sara)).containsEntry(NotificationKind.RESPONSE, Channel.EMAIL_DIGEST)
			.containsEntry(NotificationKind.MENTION, Channel.OFF)
			.containsEntry(NotificationKind.SESSION_CHANGED, Channel.EMAIL_NOW);
	}

	@Test
	void an_unknown_choice_is_shown_next_to_its_kind_and_nothing_is_saved() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		mvc.perform(post("/instellingen/meldingen").param("RESPONSE", "OFF").param("REPLY", "DUIF").with(csrf()).with(as(sara)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("utrecht-form-field--invalid"),
					containsString("Kies een van de mogelijkheden."), containsString("id=\"RESPONSE-OFF\" value=\"OFF\" checked"))));
		assertThat(preferences.of(sara)).containsEntry(NotificationKind.RESPONSE, Channel.IN_APP);
	}

	@Test
	void a_person_whose_mail_bounced_sees_why_and_can_try_again() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		jdbc.sql("""
				INSERT INTO notification_mailbox (person_id, bounces, bounce_address, bounce_reason, bounced_at, stopped_at)
				VALUES (?, 3, ?, '550 5.1.1 User unknown', ?, ?)""")
			.params(sara, fixture.address(sara), java.time.OffsetDateTime.now(), java.time.OffsetDateTime.now())
			.update();
		mvc.perform(get("/instellingen/meldingen").with(as(sara))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("We konden je e-mail niet bezorgen"),
					containsString("weigerde onze e-mail 3 keer"), containsString("550 5.1.1 User unknown"))));
		mvc.perform(post("/instellingen/meldingen/opnieuw-bezorgen").with(csrf()).with(as(sara)))
			.andExpect(redirectedUrl("/instellingen/meldingen"));
		mvc.perform(get("/instellingen/meldingen").with(as(sara)))
			.andExpect(content().string(not(containsString("We konden je e-mail niet bezorgen"))));
	}

	@Test
	void administrators_see_the_outbox_of_their_own_organisation_only_as_it_would_arrive() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		transactions.executeWithoutResult(status -> outbox.queue(new OutgoingMail(sara, "Een nieuwsbrief voor Sara",
				"<p style=\"color:#154273\">Hallo Sara</p>", "Hallo Sara", "digest:test-" + UUID.randomUUID(), "notifications:all")));
		UUID mail = jdbc.sql("SELECT id FROM mail_outbox WHERE recipient_id = ?").param(sara).query(UUID.class).single();

		mvc.perform(get("/beheer/e-mail").with(as(fixture.id("lucas")))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Een nieuwsbrief voor Sara"),
					containsString("Er is geen mailserver ingesteld"), containsString("In de wachtrij"))));
		mvc.perform(get("/beheer/e-mail/" + mail).with(as(fixture.id("lucas")))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("List-Unsubscribe-Post"), containsString("List-Unsubscribe=One-Click"),
					containsString("sandbox=\"\""), containsString("Hallo Sara"))));
		mvc.perform(get("/beheer/e-mail/" + mail + "/html").with(as(fixture.id("lucas")))).andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
			.andExpect(content().string("<p style=\"color:#154273\">Hallo Sara</p>"));

		mvc.perform(get("/beheer/e-mail").with(as(fixture.id("sanne")))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Een nieuwsbrief voor Sara"))));
		mvc.perform(get("/beheer/e-mail/" + mail).with(as(fixture.id("sanne")))).andExpect(status().isNotFound());
		mvc.perform(get("/beheer/e-mail").with(as(sara))).andExpect(status().isForbidden());
	}

	private RequestPostProcessor as(UUID person) {
		return user(DemoUsers.load(accounts, people.person(person).orElseThrow().username()));
	}

	private void respond(String username, UUID story) {
		responses.post(fixture.id(username), "story", story, null, ResponseKind.RECOGNITION, "Een reactie van " + username,
				UUID.randomUUID(), Join.NEW);
	}

}
