package nl.meesterschap.notifications;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.meesterschap.Browser;
import nl.meesterschap.BrowserTest;
import nl.meesterschap.TestClock;
import nl.meesterschap.identity.People;
import nl.meesterschap.notifications.internal.Channel;
import nl.meesterschap.notifications.internal.MailBatches;
import nl.meesterschap.notifications.internal.MailSender;
import nl.meesterschap.notifications.internal.Preferences;

/**
 * Done when: Bram responds to Anouk's story, the bell in her header counts it; with "e-mail direct" chosen the mail
 * arrives at a real SMTP server (GreenMail) once her batch is due; she opens the notification and the count clears. Also the settings, the admin's
 * view of the outbox and the one-click unsubscribe page, each checked with axe-core.
 */
@BrowserTest
class NotificationBrowserTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Preferences preferences;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailBatches batches;

	@Autowired
	MailSender sender;

	@Autowired
	MailOutbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestClock clock;

	Browser browser;

	@Autowired
	NotificationFixture fixture;

	@BeforeAll
	void start() {
		browser = new Browser(port);
	}

	@AfterAll
	void stop() {
		browser.close();
	}

	@Test
	void the_bell_rises_when_a_colleague_responds_clears_when_anouk_reads_it_and_the_mail_arrives() {
		UUID anoukId = fixture.id("anouk");
		Channel before = preferences.of(anoukId).get(NotificationKind.RESPONSE);
		try {
			Page anouk = browser.loggedIn("anouk");
			anouk.navigate(browser.url("/instellingen/meldingen"));
			anouk.check("#RESPONSE-EMAIL_NOW");
			anouk.click("main button[type=submit]:has-text('Opslaan')");
			assertThat(anouk.locator(".utrecht-alert--ok")).containsText("opgeslagen");
			assertThat(anouk.locator("#RESPONSE-EMAIL_NOW")).isChecked();
			browser.check(anouk, "81-instellingen-meldingen");

			anouk.navigate(browser.url("/meldingen"));
			if (anouk.locator("text=Alles als gelezen markeren").count() > 0) {
				anouk.click("text=Alles als gelezen markeren");
			}
			assertThat(bell(anouk)).isVisible();
			assertThat(anouk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meldingen, geen ongelezen")))
				.isVisible();

			UUID story = fixture.story(anoukId, "Een boete voor een vergeten melding");
			Page bram = browser.loggedIn("bram");
			bram.navigate(browser.url("/verhalen/" + story));
			Locator form = bram.locator("form.ms-respond").last();
			form.locator("input[value=RECOGNITION]").check();
			form.locator("textarea[name=body]").fill("Herkenbaar: bij ons ging het net zo.");
			form.locator("button[type=submit]").click();
			assertThat(bram.locator(".utrecht-alert--ok")).containsText("geplaatst");

			anouk.navigate(browser.url("/"));
			for (int i = 0; i < 40 && !bell(anouk).textContent().contains("1 ongelezen"); i++) {
				anouk.waitForTimeout(250);
				anouk.reload();
			}
			assertThat(anouk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meldingen, 1 ongelezen")))
				.isVisible();
			assertThat(anouk.locator(".ms-bell__count")).hasText("1");
			browser.check(anouk, "80-bel-met-melding");

			// She has not read it by the time her next batch is due, so the mail goes out.
			org.assertj.core.api.Assertions.assertThat(mailsTo(fixture.address(anoukId), batchDue(anoukId)))
				.map(NotificationBrowserTests::plainText)
				.anyMatch(text -> text.contains("Bram Jansen reageerde op je verhaal ‘Een boete voor een vergeten melding’"));

			bell(anouk).click();
			Locator notification = anouk.locator(".ms-notification--unread");
			assertThat(notification).hasCount(1);
			assertThat(notification).containsText("Bram Jansen reageerde op je verhaal ‘Een boete voor een vergeten melding’");
			browser.check(anouk, "82-meldingen");
			notification.locator("a").click();
			anouk.waitForURL(url -> url.contains("/verhalen/" + story));
			assertThat(anouk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meldingen, geen ongelezen")))
				.isVisible();
			assertThat(anouk.locator(".ms-bell__count")).hasCount(0);

		}
		finally {
			preferences.save(anoukId, Map.of(NotificationKind.RESPONSE, before));
		}
	}

	@Test
	void an_administrator_sees_a_queued_mail_as_it_would_arrive() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		UUID story = fixture.story(fixture.id("chantal"), "Een lastig huisbezoek");
		Page bram = browser.loggedIn("bram");
		bram.navigate(browser.url("/verhalen/" + story));
		Locator form = bram.locator("form.ms-respond").last();
		form.locator("input[value=SUGGESTION]").check();
		form.locator("textarea[name=body]").fill("@" + people.person(sara).orElseThrow().username() + " heeft hier ervaring mee.");
		form.locator("button[type=submit]").click();
		fixture.awaitNotifications(sara, 1);
		batches.composeDue(clock.instant().plus(Duration.ofMinutes(3)));

		Page lucas = browser.loggedIn("lucas");
		lucas.navigate(browser.url("/beheer/e-mail"));
		assertThat(lucas.locator("main")).containsText("Er is geen mailserver ingesteld");
		browser.check(lucas, "83-beheer-e-mail");
		lucas.click("text=Bram Jansen noemde je in een reactie bij ‘Een lastig huisbezoek’");
		assertThat(lucas.locator(".ms-mail-headers")).containsText("List-Unsubscribe=One-Click");
		assertThat(lucas.frameLocator("iframe.ms-mail-frame").locator("body"))
			.containsText("Bram Jansen noemde je in een reactie bij ‘Een lastig huisbezoek’");
		assertThat(lucas.locator(".ms-mail-text")).containsText("Hallo Sara de Graaf,");
		browser.check(lucas, "84-beheer-e-mail-bekijken");
	}

	@Test
	void the_one_click_unsubscribe_page_asks_first_and_then_confirms_without_logging_in() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		String link = outbox.unsubscribeUrl(sara, "notifications:MENTION");
		Page visitor = browser.newPage();
		visitor.navigate(browser.url(link.substring(link.indexOf("/afmelden/"))));
		assertThat(visitor.locator("h1")).hasText("Afmelden");
		assertThat(visitor.locator("main")).containsText("Wil je geen e-mail meer over reacties waarin iemand je noemt?");
		browser.check(visitor, "85-afmelden");
		visitor.click("text=Ja, meld me af");
		assertThat(visitor.locator("h1")).hasText("Je bent afgemeld");
		browser.check(visitor, "86-afgemeld");
		org.assertj.core.api.Assertions.assertThat(preferences.of(sara).get(NotificationKind.MENTION)).isEqualTo(Channel.IN_APP);

		visitor.navigate(browser.url("/afmelden/niet-echt"));
		assertThat(visitor.locator("h1")).hasText("Deze afmeldlink werkt niet");
		browser.check(visitor, "87-afmeldlink-werkt-niet");
	}

	private static String plainText(MimeMessage mail) {
		try {
			return (String) ((jakarta.mail.Multipart) mail.getContent()).getBodyPart(0).getContent();
		}
		catch (jakarta.mail.MessagingException | java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Locator bell(Page page) {
		return page.locator("#ms-bell");
	}

	/**
	 * When the person's next batched mail is due: a few minutes from now, or a batch interval after their last mail
	 * (other tests write mails ahead of time too).
	 */
	private Instant batchDue(UUID person) {
		Instant soon = clock.instant().plus(Duration.ofMinutes(3));
		return jdbc.sql("SELECT last_mail_at FROM notification_mailbox WHERE person_id = ?")
			.param(person)
			.query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class))
			.optional()
			.filter(java.util.Objects::nonNull)
			.map(last -> last.toInstant().plus(Duration.ofMinutes(16)))
			.filter(after -> after.isAfter(soon))
			.orElse(soon);
	}

	/** Writes the mails due at {@code at}, sends them to GreenMail, and returns those to this address. */
	private List<MimeMessage> mailsTo(String address, Instant at) {
		batches.composeDue(at);
		JavaMailSenderImpl smtp = new JavaMailSenderImpl();
		smtp.setHost("localhost");
		smtp.setPort(greenMail.getSmtp().getPort());
		for (int i = 0; i < 50; i++) {
			sender.sendDue(smtp, at);
		}
		List<MimeMessage> mails = List.of(greenMail.getReceivedMessages()).stream()
			.filter(m -> GreenMailUtil.getHeaders(m).contains(address))
			.toList();
		return mails;
	}

}
