package nl.meesterschap.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Role;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * The outbox for administrators: mails to people of the organisations they administer (others' mails are not
 * found), with the headers and both bodies exactly as they go, or would go, over SMTP.
 */
@Service
@Transactional(readOnly = true)
public class OutboxAdministration {

	private final OutboxRepository outbox;

	private final MailMessages messages;

	private final MailSender sender;

	private final People people;

	private final Clock clock;

	OutboxAdministration(OutboxRepository outbox, MailMessages messages, MailSender sender, People people, Clock clock) {
		this.outbox = outbox;
		this.messages = messages;
		this.sender = sender;
		this.people = people;
		this.clock = clock;
	}

	/** True when mail goes to an SMTP server; false in embedded mode (it stays in the outbox). */
	public boolean smtpConfigured() {
		return sender.configured();
	}

	public Page page(UUID adminId, int page, int size) {
		Set<UUID> organisations = administered(adminId);
		int total = outbox.count(organisations);
		int pages = Math.max(1, (total + size - 1) / size);
		int current = Math.min(Math.max(0, page), pages - 1);
		List<Summary> rows = outbox.page(organisations, current * size, size).stream()
			.map(r -> new Summary(r.id(), r.createdAt(), r.recipientName(), r.recipientAddress(), r.subject(),
					r.status().name(), r.attempts()))
			.toList();
		return new Page(rows, current, pages, total);
	}

	public Mail mail(UUID adminId, UUID id) {
		OutboxRow row = outbox.find(id)
			.filter(r -> r.recipientOrganisationId() != null && administered(adminId).contains(r.recipientOrganisationId()))
			.orElseThrow(ItemNotFoundException::new);
		Instant date = row.sentAt() != null ? row.sentAt() : clock.instant();
		Map<String, String> headers = messages.headers(row, row.recipientAddress() == null ? "" : row.recipientAddress(), date);
		return new Mail(new Summary(row.id(), row.createdAt(), row.recipientName(), row.recipientAddress(), row.subject(),
				row.status().name(), row.attempts()), headers, row.html(), row.text(), row.lastError(),
				row.status() == OutboxRow.Status.QUEUED ? row.nextAttemptAt() : null, row.sentAt());
	}

	/** The organisation whose admin tabs the page shows: the admin's own, or else one they administer. */
	public Optional<OrganisationSummary> organisation(UUID adminId) {
		UUID home = people.viewer(adminId).organisationId();
		Set<UUID> administered = administered(adminId);
		return people.organisation(administered.contains(home) ? home
				: administered.stream().findFirst().orElse(home)).filter(o -> administered.contains(o.id()));
	}

	private Set<UUID> administered(UUID adminId) {
		return people.viewer(adminId).rolesByOrganisation().entrySet().stream()
			.filter(e -> e.getValue().contains(Role.ADMIN))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/** A line of the outbox list. */
	public record Summary(UUID id, Instant createdAt, @Nullable String recipientName, @Nullable String recipientAddress,
			String subject, String status, int attempts) {
	}

	/** One mail in full. */
	public record Mail(Summary summary, Map<String, String> headers, String html, String text, @Nullable String lastError,
			@Nullable Instant nextAttemptAt, @Nullable Instant sentAt) {
	}

	/** A page of the outbox. */
	public record Page(List<Summary> items, int page, int pages, int total) {
	}

}
