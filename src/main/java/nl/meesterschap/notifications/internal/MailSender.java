package nl.meesterschap.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.meesterschap.notifications.internal.OutboxRow.Status;

/**
 * Delivers the outbox over SMTP, one mail at a time: claim it (a committed lease), hand it to the server, mark
 * it sent right after the server accepted it. A sender that dies leaves at most the one mail it was handing over
 * claimed; after the lease the next run takes it again, the rest were either marked sent or never touched.
 * A refused recipient (5xx) is a bounce; any other failure waits with exponential backoff, and the run stops
 * (the server is probably down). Without an SMTP server configured (no {@link JavaMailSender}) mails stay queued.
 */
@Component
public class MailSender {

	private static final Logger log = LoggerFactory.getLogger(MailSender.class);

	private final ObjectProvider<JavaMailSender> smtp;

	private final OutboxRepository outbox;

	private final MailMessages messages;

	private final Recipients recipients;

	private final MailboxRepository mailboxes;

	private final MailSettings settings;

	private final NotificationSettings notificationSettings;

	private final Clock clock;

	MailSender(ObjectProvider<JavaMailSender> smtp, OutboxRepository outbox, MailMessages messages, Recipients recipients,
			MailboxRepository mailboxes, MailSettings settings, NotificationSettings notificationSettings, Clock clock) {
		this.smtp = smtp;
		this.outbox = outbox;
		this.messages = messages;
		this.recipients = recipients;
		this.mailboxes = mailboxes;
		this.settings = settings;
		this.notificationSettings = notificationSettings;
		this.clock = clock;
	}

	/** True when an SMTP server is configured ({@code spring.mail.host}). */
	public boolean configured() {
		return smtp.getIfAvailable() != null;
	}

	@Scheduled(fixedDelayString = "${meesterschap.mail.send-interval:10s}", initialDelayString = "20s")
	@SchedulerLock(name = "notifications-mail-sender")
	public void scheduled() {
		JavaMailSender server = smtp.getIfAvailable();
		if (server != null) {
			sendDue(server, clock.instant());
		}
	}

	/** Sends what is due at {@code now} through {@code server}; returns how many mails the server accepted. */
	public int sendDue(JavaMailSender server, Instant now) {
		int sent = 0;
		for (int i = 0; i < settings.batchSize(); i++) {
			Optional<UUID> next = outbox.nextDue(now);
			if (next.isEmpty()) {
				break;
			}
			if (!outbox.claim(next.get(), now, now.plus(settings.lease()))) {
				continue;
			}
			Outcome outcome = deliver(server, outbox.find(next.get()).orElseThrow(), now);
			sent += outcome == Outcome.SENT ? 1 : 0;
			if (outcome == Outcome.SERVER_TROUBLE) {
				break;
			}
		}
		return sent;
	}

	private Outcome deliver(JavaMailSender server, OutboxRow row, Instant now) {
		if (row.createdAt().plus(settings.maxAge()).isBefore(now)) {
			outbox.finish(row.id(), Status.FAILED, "Te oud om nog te versturen");
			return Outcome.GAVE_UP;
		}
		Optional<String> address = recipients.deliverable(row.recipientId());
		if (address.isEmpty()) {
			outbox.finish(row.id(), Status.NOT_DELIVERABLE, "Geen bruikbaar adres of bezorging gestopt");
			return Outcome.GAVE_UP;
		}
		MimeMessage message;
		try {
			message = messages.message(row, address.get(), now);
		}
		catch (MessagingException | RuntimeException unbuildable) {
			log.error("Mail {} cannot be built", row.id(), unbuildable);
			outbox.finish(row.id(), Status.FAILED, "Kan niet worden opgebouwd: " + unbuildable.getMessage());
			return Outcome.GAVE_UP;
		}
		try {
			server.send(message);
		}
		catch (MailException failure) {
			return failed(row, address.get(), failure, now);
		}
		outbox.sent(row.id(), now);
		return Outcome.SENT;
	}

	private Outcome failed(OutboxRow row, String address, MailException failure, Instant now) {
		SmtpFailure kind = SmtpFailure.of(failure);
		if (kind.permanent()) {
			outbox.finish(row.id(), Status.BOUNCED, kind.reason());
			mailboxes.bounce(row.recipientId(), address, kind.reason(), now, notificationSettings.maxBounces());
			log.info("Mail {} refused for good: {}", row.id(), kind.reason());
			return Outcome.BOUNCED;
		}
		if (row.attempts() >= settings.maxAttempts()) {
			outbox.finish(row.id(), Status.FAILED, kind.reason());
			log.warn("Mail {} given up after {} tries: {}", row.id(), row.attempts(), kind.reason());
			return Outcome.GAVE_UP;
		}
		outbox.retryAt(row.id(), now.plus(settings.backoff(row.attempts())), kind.reason());
		log.warn("Mail {} not sent (try {}), will retry: {}", row.id(), row.attempts(), kind.reason());
		return Outcome.SERVER_TROUBLE;
	}

	private enum Outcome {
		SENT, BOUNCED, GAVE_UP, SERVER_TROUBLE
	}

}
