package nl.meesterschap.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.TestClock;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.internal.Join;
import nl.meesterschap.conversation.internal.ResponseService;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.People;
import nl.meesterschap.notifications.MailOutbox;
import nl.meesterschap.notifications.NotificationFixture;
import nl.meesterschap.notifications.internal.MailSender;

/**
 * A digest mail end to end over real SMTP (GreenMail on loopback, port 3225): an edition is sent, the outbox's
 * sender delivers it, and the raw mail is Dutch multipart HTML + text with {@code List-Unsubscribe} and the one-click
 * {@code List-Unsubscribe-Post} (RFC 8058). The link from the raw mail stops that digest without logging in; a
 * changed or expired link is refused with a clear page and changes nothing.
 */
@IntegrationTest
class DigestMailTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3225, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	@Autowired
	MockMvc mvc;

	@Autowired
	DigestCatalogue catalogue;

	@Autowired
	Editing editing;

	@Autowired
	EditionSending sending;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	MailSender sender;

	@Autowired
	MailOutbox outbox;

	@Autowired
	ResponseService responses;

	@Autowired
	People people;

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
	void the_digest_arrives_as_dutch_multipart_mail_and_its_one_click_link_works_from_the_raw_mail() throws Exception {
		Instant start = clock.instant();
		UUID sara = fixture.newPerson("Sara de Graaf");
		String title = "Een brief die niemand snapte " + tag();
		UUID story = fixture.story(fixture.id("dewi"), title, Audience.organisation(general.organisationId()));
		responses.post(fixture.id("bram"), "story", story, null, ResponseKind.RECOGNITION, "Herkenbaar.",
				UUID.randomUUID(), Join.NEW);
		Edition edition = editing.draft(general, Frequency.MONTHLY,
				new Period(start, clock.instant().plus(Duration.ofDays(1))), fixture.id("gert"));
		sending.start(edition.id(), fixture.id("gert"), clock.instant());
		sending.send(edition.id(), clock.instant(), Duration.ofMinutes(5));

		MimeMessage mail = deliver(sara);
		assertThat(mail.getSubject()).startsWith("Nieuwsbrief Gemeente Lindewaarde · ");
		assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(mail.getHeader("List-Unsubscribe")[0]).matches("<http://localhost:8080/afmelden/[A-Za-z0-9_.-]+>");
		assertThat(mail.getContentType()).startsWith("multipart/alternative");
		Multipart parts = (Multipart) mail.getContent();
		String text = (String) parts.getBodyPart(0).getContent();
		String html = (String) parts.getBodyPart(1).getContent();
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
		String archive = "http://localhost:8080/nieuwsbrieven/" + general.id() + "/" + edition.id();
		assertThat(text).contains("Hallo Sara de Graaf,", title, "http://localhost:8080/verhalen/" + story, archive,
				"Kies welke nieuwsbrieven je krijgt: http://localhost:8080/instellingen/nieuwsbrieven",
				"Afmelden voor deze nieuwsbrief: http://localhost:8080/afmelden/");
		assertThat(html).contains("lang=\"nl\"", "<table role=\"presentation\"", title, "href=\"" + archive + "\"")
			.doesNotContain("<script", "<link", "class=\"");

		String raw = GreenMailUtil.getWholeMessage(mail);
		String header = raw.lines().filter(l -> l.startsWith("List-Unsubscribe: ")).findFirst().orElseThrow();
		String path = URI.create(header.substring(header.indexOf('<') + 1, header.indexOf('>'))).getPath();
		assertThat(subscriptions.recipients(general, Frequency.MONTHLY)).contains(sara);

		mvc.perform(get(path)).andExpect(status().isOk())
			.andExpect(content().string(containsString("de nieuwsbrief Gemeente Lindewaarde")));
		assertThat(subscriptions.recipients(general, Frequency.MONTHLY)).as("opening the link changes nothing")
			.contains(sara);
		mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Je bent afgemeld")));
		assertThat(subscriptions.recipients(general, Frequency.MONTHLY)).doesNotContain(sara);
		assertThat(subscriptions.choice(sara, general).subscribed()).isFalse();
		mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk());
	}

	@Test
	void a_changed_or_expired_digest_unsubscribe_link_is_refused_and_changes_nothing() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID bram = fixture.id("bram");
		String target = DigestMail.unsubscribeTarget(general.subscriptionId(sara));
		String token = token(outbox.unsubscribeUrl(sara, target));
		String[] parts = token.split("\\.");
		String someoneElse = Base64.getUrlEncoder().withoutPadding().encodeToString(("v1|" + bram + "|"
				+ DigestMail.unsubscribeTarget(general.subscriptionId(bram)) + "|"
				+ Instant.now().plus(Duration.ofDays(30)).getEpochSecond()).getBytes(StandardCharsets.UTF_8));
		for (String tampered : List.of(someoneElse + "." + parts[1], parts[0] + "." + parts[1].substring(1) + "A",
				"geen-link", parts[0])) {
			mvc.perform(post("/afmelden/" + tampered)).andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Deze afmeldlink werkt niet")))
				.andExpect(content().string(not(containsString("Je bent afgemeld"))));
		}
		String expired;
		clock.advance(Duration.ofDays(-3650));
		try {
			expired = token(outbox.unsubscribeUrl(sara, target));
		}
		finally {
			clock.reset();
		}
		mvc.perform(post("/afmelden/" + expired)).andExpect(status().isGone())
			.andExpect(content().string(containsString("Deze afmeldlink is verlopen")));
		String noSuchSubscription = token(outbox.unsubscribeUrl(sara, DigestMail.unsubscribeTarget(UUID.randomUUID())));
		mvc.perform(post("/afmelden/" + noSuchSubscription))
			.andExpect(content().string(not(containsString("Je bent afgemeld"))));
		assertThat(subscriptions.choice(sara, general).subscribed()).isTrue();
		assertThat(subscriptions.choice(bram, general).subscribed()).isTrue();

		mvc.perform(post("/afmelden/" + token)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Je bent afgemeld")));
		assertThat(subscriptions.choice(sara, general).subscribed()).isFalse();
		assertThat(subscriptions.choice(bram, general).subscribed()).as("only Sara's subscription").isTrue();
	}

	private static String token(String url) {
		return url.substring(url.lastIndexOf('/') + 1);
	}

	/** Hands everything due to GreenMail; returns the one digest mail this person received. */
	private MimeMessage deliver(UUID person) throws Exception {
		JavaMailSenderImpl smtp = new JavaMailSenderImpl();
		smtp.setHost("127.0.0.1");
		smtp.setPort(3225);
		smtp.setDefaultEncoding("UTF-8");
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "5000");
		properties.put("mail.smtp.timeout", "5000");
		smtp.setJavaMailProperties(properties);
		for (int i = 0; i < 200 && sender.sendDue(smtp, clock.instant()) > 0; i++) {
			// until nothing is due
		}
		String address = fixture.address(person);
		return Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> {
				try {
					return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address))
							&& m.getSubject().startsWith("Nieuwsbrief");
				}
				catch (jakarta.mail.MessagingException e) {
					throw new IllegalStateException(e);
				}
			})
			.findFirst()
			.orElseThrow();
	}

	private static String tag() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 31), 36);
	}

}
