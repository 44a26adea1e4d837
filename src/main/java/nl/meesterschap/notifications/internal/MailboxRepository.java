package nl.meesterschap.notifications.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code notification_mailbox}: per person, when the last batched mail went out, and the bounces. */
@Repository
class MailboxRepository {

	private static final RowMapper<Mailbox> ROW = (rs, n) -> new Mailbox(rs.getObject("person_id", UUID.class),
			Db.instant(rs, "last_mail_at"), rs.getInt("bounces"),
			rs.getString("bounce_address"), rs.getString("bounce_reason"), Db.instant(rs, "bounced_at"),
			Db.instant(rs, "stopped_at"));

	private final JdbcClient jdbc;

	private final Inserts inserts;

	MailboxRepository(JdbcClient jdbc, Inserts inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	Optional<Mailbox> find(UUID personId) {
		return jdbc.sql("SELECT * FROM notification_mailbox WHERE person_id = ?").param(personId).query(ROW).optional();
	}

	/** The person's row, made on first use. */
	Mailbox get(UUID personId) {
		return find(personId).orElseGet(() -> {
			inserts.insert(() -> jdbc.sql("INSERT INTO notification_mailbox (person_id, bounces) VALUES (?, 0)")
				.param(personId)
				.update());
			return find(personId).orElseThrow();
		});
	}

	void mailed(UUID personId, Instant at) {
		get(personId);
		jdbc.sql("UPDATE notification_mailbox SET last_mail_at = ? WHERE person_id = ?").params(Db.ts(at), personId).update();
	}

	/** Counts a refused mail; at {@code max} delivery stops. */
	void bounce(UUID personId, String address, String reason, Instant at, int max) {
		Mailbox box = get(personId);
		int bounces = address.equalsIgnoreCase(box.bounceAddress() == null ? "" : box.bounceAddress())
				? box.bounces() + 1 : 1;
		jdbc.sql("""
				UPDATE notification_mailbox SET bounces = ?, bounce_address = ?, bounce_reason = ?, bounced_at = ?,
				  stopped_at = ? WHERE person_id = ?""")
			.params(bounces, address, cut(reason), Db.ts(at), bounces >= max ? Db.ts(at) : Db.ts(box.stoppedAt()), personId)
			.update();
	}

	/** An address that cannot be used at all stops delivery at once. */
	void unusable(UUID personId, @Nullable String address, String reason, Instant at) {
		get(personId);
		jdbc.sql("""
				UPDATE notification_mailbox SET bounce_address = ?, bounce_reason = ?, bounced_at = ?, stopped_at = ?
				WHERE person_id = ?""")
			.params(address, cut(reason), Db.ts(at), Db.ts(at), personId)
			.update();
	}

	/** Delivery works again: after the person asked to retry, or the address changed. */
	void resume(UUID personId) {
		jdbc.sql("""
				UPDATE notification_mailbox SET bounces = 0, bounce_address = NULL, bounce_reason = NULL,
				  bounced_at = NULL, stopped_at = NULL WHERE person_id = ?""")
			.param(personId)
			.update();
	}

	private static String cut(String reason) {
		return reason.length() <= 500 ? reason : reason.substring(0, 500);
	}

	/** One person's mail state. */
	record Mailbox(UUID personId, @Nullable Instant lastMailAt, int bounces,
			@Nullable String bounceAddress, @Nullable String bounceReason, @Nullable Instant bouncedAt,
			@Nullable Instant stoppedAt) {

		boolean stopped() {
			return stoppedAt != null;
		}

	}

}
