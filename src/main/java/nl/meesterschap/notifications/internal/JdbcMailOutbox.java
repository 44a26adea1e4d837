package nl.meesterschap.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.notifications.MailOutbox;
import nl.meesterschap.notifications.OutgoingMail;
import nl.meesterschap.notifications.internal.OutboxRow.Status;

/** Writes mails to {@code mail_outbox} inside the caller's transaction; the {@link MailSender} delivers them. */
@Service
class JdbcMailOutbox implements MailOutbox {

	private final OutboxRepository outbox;

	private final Recipients recipients;

	private final People people;

	private final UnsubscribeTokens tokens;

	private final MailSettings settings;

	private final String publicUrl;

	private final Inserts inserts;

	private final Clock clock;

	JdbcMailOutbox(OutboxRepository outbox, Recipients recipients, People people, UnsubscribeTokens tokens,
			MailSettings settings, Inserts inserts, @Value("${meesterschap.public-url}") String publicUrl, Clock clock) {
		this.inserts = inserts;
		this.outbox = outbox;
		this.recipients = recipients;
		this.people = people;
		this.tokens = tokens;
		this.settings = settings;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Queued queue(OutgoingMail mail) {
		return write(mail).queued();
	}

	/** As {@link #queue}, with the id of the row (new or earlier). */
	@Transactional(propagation = Propagation.MANDATORY)
	public Written write(OutgoingMail mail) {
		Optional<UUID> earlier = outbox.find(mail.recipientId(), mail.idempotencyKey());
		if (earlier.isPresent()) {
			return new Written(earlier.get(), Queued.ALREADY_QUEUED);
		}
		Instant now = clock.instant();
		Optional<PersonSummary> person = people.person(mail.recipientId());
		Optional<String> address = recipients.deliverable(mail.recipientId());
		Status status = address.isPresent() ? Status.QUEUED : Status.NOT_DELIVERABLE;
		UUID id = UUID.randomUUID();
		OutboxRow row = new OutboxRow(id, mail.recipientId(), mail.idempotencyKey(),
				person.map(PersonSummary::organisationId).orElse(null), person.map(PersonSummary::displayName).orElse(null),
				address.orElse(people.emailAddress(mail.recipientId()).orElse(null)), mail.subject(), mail.html(),
				mail.text(), mail.unsubscribeTarget(), status, 0, now, null,
				address.isPresent() ? null : "Geen bruikbaar adres of bezorging gestopt", now, null);
		if (!inserts.insert(() -> outbox.insert(row))) {
			return new Written(outbox.find(mail.recipientId(), mail.idempotencyKey()).orElseThrow(), Queued.ALREADY_QUEUED);
		}
		return new Written(id, address.isPresent() ? Queued.QUEUED : Queued.NOT_DELIVERABLE);
	}

	@Override
	public String unsubscribeUrl(UUID personId, String target) {
		return unsubscribeUrl(personId, target, clock.instant());
	}

	/** The link for a mail made at {@code madeAt}; the same all day, so the header and the footer link agree. */
	String unsubscribeUrl(UUID personId, String target, Instant madeAt) {
		Instant expires = madeAt.truncatedTo(ChronoUnit.DAYS).plus(settings.unsubscribeValidity());
		return publicUrl + "/afmelden/" + tokens.sign(personId, target, expires);
	}

	@Override
	public String settingsUrl() {
		return publicUrl + "/instellingen/meldingen";
	}

	/** An absolute link to a path of this site. */
	String link(String path) {
		return path.startsWith("http") ? path : publicUrl + path;
	}

	/** A written mail and what happened. */
	record Written(UUID id, Queued queued) {
	}

}
