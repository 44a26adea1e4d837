package nl.meesterschap.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.meesterschap.IntegrationTest;
import nl.meesterschap.TestClock;
import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.internal.Join;
import nl.meesterschap.conversation.internal.ResponseService;
import nl.meesterschap.notifications.internal.Channel;
import nl.meesterschap.notifications.internal.MailBatches;

/** What the digest gets from {@link Notifications#pendingForDigest}: "e-mail in de nieuwsbrief" ones, not mailed apart. */
@IntegrationTest
class DigestNotificationsTests {

	@Autowired
	Notifications notifications;

	@Autowired
	MailBatches batches;

	@Autowired
	ResponseService responses;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	NotificationFixture fixture;

	@Test
	void notifications_chosen_for_the_newsletter_wait_for_the_digest_and_get_no_mail_of_their_own() {
		UUID sara = fixture.newPerson("Sara de Graaf");
		fixture.prefer(sara, NotificationKind.RESPONSE, Channel.EMAIL_DIGEST);
		Instant before = clock.instant().minus(Duration.ofMinutes(1));
		UUID story = fixture.story(sara, "Voor de nieuwsbrief");
		responses.post(fixture.id("bram"), "story", story, null, ResponseKind.KNOWLEDGE, "Kijk eens naar de richtlijn.",
				UUID.randomUUID(), Join.NEW);
		UUID id = fixture.awaitNotifications(sara, 1).get(0).id();

		List<DigestNotification> pending = notifications.pendingForDigest(sara, before);
		assertThat(pending).singleElement().satisfies(n -> {
			assertThat(n.id()).isEqualTo(id);
			assertThat(n.kind()).isEqualTo(NotificationKind.RESPONSE);
			assertThat(n.text()).isEqualTo("Bram Jansen reageerde op je verhaal ‘Voor de nieuwsbrief’");
			assertThat(n.url()).isEqualTo("http://localhost:8080/meldingen/" + id);
		});
		assertThat(notifications.pendingForDigest(sara, pending.get(0).at())).as("since the last digest").isEmpty();
		assertThat(notifications.unreadCount(sara)).isEqualTo(1);

		batches.composeDue(clock.instant().plus(Duration.ofMinutes(3)));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient_id = ?").param(sara).query(Integer.class)
			.single()).isZero();
	}

}
