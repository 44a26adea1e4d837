package nl.meesterschap.notifications.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.notifications.internal.OutboxRow.Status;

/**
 * The table {@code mail_outbox}. Claiming is a compare-and-set on status and lease, so two senders (a second node
 * whose lock expired, or a test next to the scheduled job) never take the same mail at once.
 */
@Repository
class OutboxRepository {

	private static final RowMapper<OutboxRow> ROW = (rs, n) -> new OutboxRow(rs.getObject("id", UUID.class),
			rs.getObject("recipient_id", UUID.class), rs.getString("idempotency_key"),
			rs.getObject("recipient_organisation_id", UUID.class), rs.getString("recipient_name"),
			rs.getString("recipient_address"), rs.getString("subject"), rs.getString("html_body"),
			rs.getString("text_body"), rs.getString("unsubscribe_target"), Status.valueOf(rs.getString("status")),
			rs.getInt("attempts"), Db.instant(rs, "next_attempt_at"), Db.instant(rs, "claimed_until"),
			rs.getString("last_error"), Db.instant(rs, "created_at"), Db.instant(rs, "sent_at"));

	private final JdbcClient jdbc;

	OutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(OutboxRow r) {
		jdbc.sql("""
				INSERT INTO mail_outbox (id, recipient_id, idempotency_key, recipient_organisation_id, recipient_name,
				  recipient_address, subject, html_body, text_body, unsubscribe_target, status, attempts,
				  next_attempt_at, last_error, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
			.params(r.id(), r.recipientId(), r.idempotencyKey(), r.recipientOrganisationId(), r.recipientName(),
					r.recipientAddress(), r.subject(), r.html(), r.text(), r.unsubscribeTarget(), r.status().name(),
					Db.ts(r.nextAttemptAt()), r.lastError(), Db.ts(r.createdAt()))
			.update();
	}

	Optional<UUID> find(UUID recipientId, String idempotencyKey) {
		return jdbc.sql("SELECT id FROM mail_outbox WHERE recipient_id = ? AND idempotency_key = ?")
			.params(recipientId, idempotencyKey)
			.query(UUID.class)
			.optional();
	}

	Optional<OutboxRow> find(UUID id) {
		return jdbc.sql("SELECT * FROM mail_outbox WHERE id = ?").param(id).query(ROW).optional();
	}

	/** The next mail to send: queued and due, or claimed by a sender whose lease ran out (it crashed). */
	Optional<UUID> nextDue(Instant now) {
		return jdbc.sql("""
				SELECT id FROM mail_outbox
				WHERE (status = 'QUEUED' AND next_attempt_at <= ?) OR (status = 'SENDING' AND claimed_until < ?)
				ORDER BY next_attempt_at, created_at, id LIMIT 1""")
			.params(Db.ts(now), Db.ts(now))
			.query(UUID.class)
			.optional();
	}

	/** Takes the mail for one try (counted as an attempt); false when another sender was faster. */
	boolean claim(UUID id, Instant now, Instant until) {
		return jdbc.sql("""
				UPDATE mail_outbox SET status = 'SENDING', claimed_until = ?, attempts = attempts + 1
				WHERE id = ? AND ((status = 'QUEUED' AND next_attempt_at <= ?) OR (status = 'SENDING' AND claimed_until < ?))""")
			.params(Db.ts(until), id, Db.ts(now), Db.ts(now))
			.update() == 1;
	}

	void sent(UUID id, Instant at) {
		jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, claimed_until = NULL, last_error = NULL WHERE id = ?")
			.params(Db.ts(at), id)
			.update();
	}

	void retryAt(UUID id, Instant next, String error) {
		jdbc.sql("UPDATE mail_outbox SET status = 'QUEUED', next_attempt_at = ?, claimed_until = NULL, last_error = ? WHERE id = ?")
			.params(Db.ts(next), cut(error), id)
			.update();
	}

	void finish(UUID id, Status status, String error) {
		jdbc.sql("UPDATE mail_outbox SET status = ?, claimed_until = NULL, last_error = ? WHERE id = ?")
			.params(status.name(), cut(error), id)
			.update();
	}

	/** Newest first, for the admin page: mails to people of these organisations. */
	List<OutboxRow> page(Collection<UUID> organisationIds, int offset, int limit) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT * FROM mail_outbox WHERE recipient_organisation_id IN (:organisations)
				ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
			.param("organisations", organisationIds)
			.param("limit", limit)
			.param("offset", offset)
			.query(ROW)
			.list();
	}

	int count(Collection<UUID> organisationIds) {
		if (organisationIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient_organisation_id IN (:organisations)")
			.param("organisations", organisationIds)
			.query(Integer.class)
			.single();
	}

	private static @Nullable String cut(@Nullable String error) {
		return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
	}

}
