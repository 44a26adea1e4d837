package nl.meesterschap.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.TestClock;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.internal.Join;
import nl.meesterschap.conversation.internal.ResponseService;
import nl.meesterschap.identity.People;
import nl.meesterschap.notifications.NotificationFixture;
import nl.meesterschap.notifications.NotificationKind;

/**
 * A notification mail end to end: a colleague responds, the batch is written to the outbox, the sender hands it to
 * GreenMail; then what arrived: Dutch multipart HTML and text, the headers, and the one-click unsubscribe link from
 * the raw mail, which works without logging in. Also the batching: at most one mail per interval.
 */
@IntegrationTest
class NotificationMailTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@Autowired
	MockMvc mvc;

	@Autowired
	MailBatches batches;

	@Autowired
	MailSender sender;

	@Autowired
	OutboxRepository rows;

	@Autowired
	UnsubscribeTokens tokens;

	@Autowired
	ResponseService responses;

	@Autowired
	Preferences preferences;

	@Autowired
	People people;

	@Autowired
	NotificationService notifications;

	@Autowired
	TestClock clock;

	@Autowired
	NotificationFixture fixture;

	JavaMailSender smtp;

	@BeforeEach
	void fixture() {
		smtp = TestSmtp.to(greenMail.getSmtp().getPort());
	}

	@Test
	void a_response_arrives_as_a_dutch_multipart_mail_with_one_click_unsubscribe_headers() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		fixture.prefer(sara, NotificationKind.RESPONSE, Channel.EMAIL_NOW);
		UUID story = fixture.story(sara, "Een boete voor een vergeten melding");
		respond("bram", story, "Herkenbaar!");
		UUID notification = fixture.awaitNotifications(sara, 1).get(0).id();

		MimeMessage mail = deliver(sara, clock.instant().plus(Duration.ofMinutes(3))).get(0);
		assertThat(mail.getSubject()).isEqualTo("Bram Jansen reageerde op je verhaal ‘Een boete voor een vergeten melding’");
		assertThat(mail.getFrom()[0].toString()).contains("noreply@meesterschap.example");
		assertThat(mail.getHeader("To")[0]).contains("Sara de Graaf").contains(fixture.address(sara));
		assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
		assertThat(mail.getMessageID()).matches("<[0-9a-f]{40}@meesterschap\\.example>");
		assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(mail.getHeader("List-Unsubscribe")[0]).matches("<http://localhost:8080/afmelden/[A-Za-z0-9_.-]+>");

		assertThat(mail.getContentType()).startsWith("multipart/alternative");
		Multipart parts = (Multipart) mail.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("utf-8");
		String text = (String) parts.getBodyPart(0).getContent();
		String html = (String) parts.getBodyPart(1).getContent();
		String link = "http://localhost:8080/meldingen/" + notification;
		assertThat(text).contains("Hallo Sara de Graaf,", "- Bram Jansen reageerde op je verhaal ‘Een boete voor een vergeten melding’",
				link, "Kies welke e-mail je krijgt: http://localhost:8080/instellingen/meldingen",
				"Geen e-mail meer over reacties op je verhalen: http://localhost:8080/afmelden/");
		assertThat(html).contains("<table role=\"presentation\"", "style=\"", "href=\"" + link + "\"", "lang=\"nl\"",
				"E-mail direct", "Reacties op mijn verhalen")
			.doesNotContain("<link", "<script", "<img", "class=\"");
		assertThat(text).as("the response's own text stays in Meesterschap").doesNotContain("Herkenbaar!");
	}

	@Test
	void the_unsubscribe_link_from_the_raw_mail_works_with_one_click_and_without_logging_in() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		fixture.prefer(sara, NotificationKind.MENTION, Channel.EMAIL_NOW);
		UUID story = fixture.story(fixture.id("chantal"), "Een verhaal over afmelden");
		respond("bram", story, "@" + people.person(sara).orElseThrow().username() + " wat vind jij?");
		fixture.awaitNotifications(sara, 1);
		MimeMessage mail = deliver(sara, clock.instant().plus(Duration.ofMinutes(3))).get(0);
		String raw = GreenMailUtil.getWholeMessage(mail);
		String header = raw.lines().filter(l -> l.startsWith("List-Unsubscribe: ")).findFirst().orElseThrow();
		String path = URI.create(header.substring(header.indexOf('<') + 1, header.indexOf('>'))).getPath();

		mvc.perform(get(path)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Wil je geen e-mail meer over reacties waarin iemand je noemt?")));
		assertThat(preferences.of(sara).get(NotificationKind.MENTION)).as("opening the link changes nothing")
			.isEqualTo(Channel.EMAIL_NOW);

		mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Je bent afgemeld")));
		assertThat(preferences.of(sara).get(NotificationKind.MENTION)).isEqualTo(Channel.IN_APP);
		mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk());
	}

	@Test
	void a_changed_or_expired_unsubscribe_link_is_refused_with_a_clear_page() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		fixture.prefer(sara, NotificationKind.REPLY, Channel.EMAIL_NOW);
		String token = tokens.sign(sara, "notifications:REPLY", clock.instant().plus(Duration.ofDays(30)));
		String[] parts = token.split("\\.");
		String otherTarget = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
				("v1|" + sara + "|notifications:all|" + Instant.now().plus(Duration.ofDays(30)).getEpochSecond()).getBytes());
		for (String tampered : List.of(otherTarget + "." + parts[1], parts[0] + "." + parts[1].substring(1) + "A",
				"niet-een-link", parts[0])) {
			mvc.perform(post("/afmelden/" + tampered)).andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Deze afmeldlink werkt niet")));
			mvc.perform(get("/afmelden/" + tampered)).andExpect(status().isBadRequest());
		}
		String expired = tokens.sign(sara, "notifications:REPLY", clock.instant().minus(Duration.ofMinutes(1)));
		mvc.perform(post("/afmelden/" + expired)).andExpect(status().isGone())
			.andExpect(content().string(containsString("Deze afmeldlink is verlopen")))
			.andExpect(content().string(not(containsString("Je bent afgemeld"))));
		assertThat(preferences.of(sara).get(NotificationKind.REPLY)).isEqualTo(Channel.EMAIL_NOW);
	}

	@Test
	void notifications_close_together_share_one_mail_and_the_next_waits_for_the_batch_interval() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		fixture.prefer(sara, NotificationKind.RESPONSE, Channel.EMAIL_NOW);
		UUID story = fixture.story(sara, "Drie reacties");
		respond("bram", story, "Eerste.");
		respond("chantal", story, "Tweede.");
		respond("gert", story, "Derde, maar die leest ze eerst in de app.");
		List<NotificationReader.View> three = fixture.awaitNotifications(sara, 3);
		notifications.markRead(sara, three.stream().filter(v -> v.text().startsWith("Gert")).findFirst().orElseThrow().id());

		Instant first = clock.instant().plus(Duration.ofMinutes(3));
		MimeMessage combined = deliver(sara, first).get(0);
		assertThat(combined.getSubject()).isEqualTo("2 nieuwe meldingen in Meesterschap");
		String text = GreenMailUtil.getBody(combined);
		assertThat(text).contains("Bram Jansen reageerde").contains("Chantal Bakker reageerde").doesNotContain("Gert Mulder");

		respond("dewi", story, "Vierde.");
		fixture.awaitNotifications(sara, 4);
		assertThat(deliver(sara, first.plus(Duration.ofMinutes(5)))).as("within the interval: still one mail").hasSize(1);
		List<MimeMessage> mails = deliver(sara, first.plus(Duration.ofMinutes(16)));
		assertThat(mails).hasSize(2);
		assertThat(mails.get(1).getSubject()).isEqualTo("Dewi Pranoto reageerde op je verhaal ‘Drie reacties’");
	}

	private void respond(String username, UUID story, String text) {
		responses.post(fixture.id(username), "story", story, null, ResponseKind.RECOGNITION, text, UUID.randomUUID(),
				Join.NEW);
	}

	/** Composes and sends what is due at {@code at}; returns every mail the person received so far, oldest first. */
	private List<MimeMessage> deliver(UUID person, Instant at) {
		batches.composeDue(at);
		for (int i = 0; i < 500 && rows.nextDue(at).isPresent(); i++) {
			sender.sendDue(smtp, at);
		}
		String address = fixture.address(person);
		return List.of(greenMail.getReceivedMessages()).stream()
			.filter(m -> TestSmtp.recipients(m).stream().anyMatch(r -> r.contains(address)))
			.toList();
	}

}
