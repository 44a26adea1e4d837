package nl.meesterschap.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.TestClock;
import nl.meesterschap.notifications.MailOutbox.Queued;
import nl.meesterschap.notifications.NotificationFixture;
import nl.meesterschap.notifications.OutgoingMail;
import nl.meesterschap.notifications.internal.OutboxRow.Status;

/**
 * The outbox and the SMTP sender against a real SMTP server on loopback (GreenMail on a free port): retries while
 * the server is down, a sender dying in the middle of a batch, refused recipients (bounces), unusable addresses and
 * idempotency keys. The application itself has no SMTP server in tests (embedded mode), so each test hands the
 * sender the server to use.
 */
@IntegrationTest
class MailDeliveryTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@Autowired
	JdbcMailOutbox outbox;

	@Autowired
	OutboxRepository rows;

	@Autowired
	MailSender sender;

	@Autowired
	MailMessages messages;

	@Autowired
	Preferences preferences;

	@Autowired
	MailSettings settings;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

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
	void the_same_idempotency_key_queues_one_mail() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		assertThat(queue(mail(sara, "digest:42"))).isEqualTo(Queued.QUEUED);
		assertThat(queue(mail(sara, "digest:42"))).isEqualTo(Queued.ALREADY_QUEUED);
		assertThat(mine(sara)).hasSize(1);
	}

	@Test
	void a_mail_waits_while_the_server_is_down_and_goes_once_when_it_is_back() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		queue(mail(sara, "retry"));
		firstInLine(sara);
		Instant t0 = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		sender.sendDue(TestSmtp.down(), t0);
		OutboxRow failed = mine(sara).get(0);
		assertThat(failed.status()).isEqualTo(Status.QUEUED);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.nextAttemptAt()).isEqualTo(t0.plus(settings.retryDelay()));
		assertThat(failed.lastError()).isNotBlank();

		sendAll(smtp, t0.plusSeconds(5));
		assertThat(mine(sara).get(0).status()).as("not due yet").isEqualTo(Status.QUEUED);
		sendAll(smtp, t0.plus(settings.retryDelay()).plusSeconds(1));
		assertThat(mine(sara).get(0).status()).isEqualTo(Status.SENT);
		sendAll(smtp, t0.plus(Duration.ofHours(1)));
		assertThat(received(sara)).hasSize(1);
	}

	@Test
	void retries_back_off_exponentially_up_to_a_limit() {
		assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.backoff(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.backoff(4)).isEqualTo(Duration.ofMinutes(4));
		assertThat(settings.backoff(30)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void a_sender_that_dies_in_the_middle_of_a_batch_leaves_nothing_unsent_and_sends_nothing_twice() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		for (int i = 1; i <= 5; i++) {
			queue(mail(sara, "batch:" + i));
		}
		Instant now = clock.instant();
		JavaMailSender dying = new TestSmtp.DyingSender(greenMail.getSmtp().getPort(), fixture.address(sara), 3, false);
		assertThatThrownBy(() -> {
			for (int i = 0; i < 500; i++) {
				sender.sendDue(dying, now);
			}
		}).isInstanceOf(TestSmtp.Crash.class);
		assertThat(mine(sara)).extracting(OutboxRow::status)
			.containsExactlyInAnyOrder(Status.SENT, Status.SENT, Status.SENDING, Status.QUEUED, Status.QUEUED);

		// The restarted application: the claim of the dead sender runs out, then everything goes.
		sendAll(smtp, now.plus(settings.lease()).plusSeconds(1));
		assertThat(mine(sara)).extracting(OutboxRow::status).containsOnly(Status.SENT);
		List<String> ids = received(sara).stream().map(MailDeliveryTests::messageId).toList();
		assertThat(ids).hasSize(5).doesNotHaveDuplicates();
		assertThat(ids).containsExactlyInAnyOrderElementsOf(mine(sara).stream().map(messages::messageId).toList());
	}

	@Test
	void a_crash_right_after_the_server_accepted_a_mail_repeats_only_that_mail_with_the_same_message_id() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		for (int i = 1; i <= 3; i++) {
			queue(mail(sara, "accepted:" + i));
		}
		Instant now = clock.instant();
		JavaMailSender dying = new TestSmtp.DyingSender(greenMail.getSmtp().getPort(), fixture.address(sara), 2, true);
		assertThatThrownBy(() -> {
			for (int i = 0; i < 500; i++) {
				sender.sendDue(dying, now);
			}
		}).isInstanceOf(TestSmtp.Crash.class);
		sendAll(smtp, now.plus(settings.lease()).plusSeconds(1));
		List<String> ids = received(sara).stream().map(MailDeliveryTests::messageId).toList();
		assertThat(ids).hasSize(4);
		assertThat(ids.stream().distinct()).as("the repeat carries the same Message-ID, so it is recognisable").hasSize(3);
	}

	@Test
	void a_refused_recipient_is_a_bounce_and_after_three_delivery_stops_until_the_person_asks_again() throws Exception {
		UUID sara = fixture.newPerson("Sara de Graaf");
		String address = fixture.address(sara);
		try (RejectingSmtpServer server = new RejectingSmtpServer(address)) {
			JavaMailSender refusing = TestSmtp.to(server.port());
			for (int i = 1; i <= 3; i++) {
				queue(mail(sara, "bounce:" + i));
				sendAll(refusing, clock.instant());
			}
			assertThat(server.refusals()).isEqualTo(3);
		}
		assertThat(mine(sara)).extracting(OutboxRow::status).containsOnly(Status.BOUNCED);
		assertThat(mine(sara).get(0).lastError()).contains("550");
		Preferences.Delivery delivery = preferences.delivery(sara);
		assertThat(delivery.stopped()).isTrue();
		assertThat(delivery.bounces()).isEqualTo(3);
		assertThat(delivery.reason()).contains("550 5.1.1");

		assertThat(queue(mail(sara, "bounce:4"))).as("stopped").isEqualTo(Queued.NOT_DELIVERABLE);
		preferences.resumeDelivery(sara);
		assertThat(queue(mail(sara, "bounce:5"))).isEqualTo(Queued.QUEUED);
		sendAll(smtp, clock.instant());
		assertThat(received(sara)).hasSize(1);
	}

	@Test
	void an_unusable_stored_address_is_never_sent_to_shown_like_a_bounce_and_a_fixed_one_works_again() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		String good = fixture.address(sara);
		jdbc.sql("UPDATE identity_person SET email = ? WHERE id = ?").params("sara at example", sara).update();
		assertThat(queue(mail(sara, "invalid:1"))).isEqualTo(Queued.NOT_DELIVERABLE);
		assertThat(mine(sara).get(0).status()).isEqualTo(Status.NOT_DELIVERABLE);
		assertThat(preferences.delivery(sara).stopped()).isTrue();
		assertThat(preferences.delivery(sara).invalidAddress()).isTrue();

		jdbc.sql("UPDATE identity_person SET email = ? WHERE id = ?").params(good, sara).update();
		assertThat(queue(mail(sara, "invalid:2"))).as("the address changed").isEqualTo(Queued.QUEUED);
		assertThat(preferences.delivery(sara).stopped()).isFalse();
	}

	private Queued queue(OutgoingMail mail) {
		return transactions.execute(status -> outbox.queue(mail));
	}

	private static OutgoingMail mail(UUID person, String key) {
		return new OutgoingMail(person, "Een test: " + key, "<p>Hallo</p>", "Hallo", key, "notifications:all");
	}

	/** Puts the person's mails before everything else due (other tests leave mails in the outbox too). */
	private void firstInLine(UUID person) {
		jdbc.sql("UPDATE mail_outbox SET next_attempt_at = ? WHERE recipient_id = ?")
			.params(java.time.OffsetDateTime.parse("2000-01-01T00:00:00Z"), person)
			.update();
	}

	/** The person's outbox rows, oldest first. */
	private List<OutboxRow> mine(UUID person) {
		return jdbc.sql("SELECT id FROM mail_outbox WHERE recipient_id = ? ORDER BY created_at, idempotency_key")
			.param(person)
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> rows.find(id).orElseThrow())
			.toList();
	}

	/** Runs the sender until nothing is due at {@code now} (other tests' mails go to the same server). */
	private void sendAll(JavaMailSender server, Instant now) {
		for (int i = 0; i < 500 && rows.nextDue(now).isPresent(); i++) {
			sender.sendDue(server, now);
		}
	}

	private List<MimeMessage> received(UUID person) {
		String address = fixture.address(person);
		return List.of(greenMail.getReceivedMessages()).stream()
			.filter(m -> TestSmtp.recipients(m).stream().anyMatch(r -> r.contains(address)))
			.toList();
	}

	static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

}
