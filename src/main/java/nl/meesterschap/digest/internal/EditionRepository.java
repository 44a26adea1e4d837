package nl.meesterschap.digest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.digest.internal.Edition.Status;

/**
 * The tables {@code digest_edition} and {@code digest_pin}. Taking an edition to send is a compare-and-set on
 * {@code claimed_until}, so two senders (two nodes, or a test next to the job) never work on one edition at once.
 */
@Repository
class EditionRepository {

	private static final String COLUMNS = """
			id, digest_id, frequency, period_start, period_end, status, intro, scheduled_for, recipients_total,
			recipients_done, mails_queued, mails_skipped, not_deliverable, send_cursor, sending_since, sent_at, updated_at""";

	private final JdbcClient jdbc;

	EditionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Edition e, @Nullable UUID by) {
		jdbc.sql("""
				INSERT INTO digest_edition (id, digest_id, frequency, period_start, period_end, status, intro,
				  scheduled_for, updated_by, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), e.digestId(), e.frequency().name(), Db.ts(e.period().start()), Db.ts(e.period().end()),
					e.status().name(), e.intro(), Db.ts(e.scheduledFor()), by, Db.ts(e.updatedAt()))
			.update();
	}

	Optional<Edition> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + ", NULL AS snapshot FROM digest_edition WHERE id = ?")
			.param(id)
			.query(EditionRepository::edition)
			.optional();
	}

	/** With its snapshot (large). */
	Optional<Edition> findWithSnapshot(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + ", snapshot FROM digest_edition WHERE id = ?")
			.param(id)
			.query(EditionRepository::edition)
			.optional();
	}

	Optional<Edition> find(UUID digestId, Frequency frequency, Instant periodStart) {
		return jdbc.sql("SELECT " + COLUMNS + ", NULL AS snapshot FROM digest_edition "
				+ "WHERE digest_id = ? AND frequency = ? AND period_start = ?")
			.params(digestId, frequency.name(), Db.ts(periodStart))
			.query(EditionRepository::edition)
			.optional();
	}

	/** Every digest's edition of this frequency and period. */
	List<Edition> ofPeriod(Frequency frequency, Instant periodStart) {
		return jdbc.sql("SELECT " + COLUMNS + ", NULL AS snapshot FROM digest_edition WHERE frequency = ? AND period_start = ?")
			.params(frequency.name(), Db.ts(periodStart))
			.query(EditionRepository::edition)
			.list();
	}

	/** A digest's sent editions, newest first. */
	List<Edition> sent(UUID digestId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + ", NULL AS snapshot FROM digest_edition "
				+ "WHERE digest_id = ? AND status = 'SENT' ORDER BY sent_at DESC, id LIMIT ?")
			.params(digestId, limit)
			.query(EditionRepository::edition)
			.list();
	}

	/** A digest's editions that are not sent yet (drafts, scheduled, sending), soonest period first. */
	List<Edition> open(UUID digestId) {
		return jdbc.sql("SELECT " + COLUMNS + ", NULL AS snapshot FROM digest_edition "
				+ "WHERE digest_id = ? AND status <> 'SENT' ORDER BY period_start, frequency")
			.param(digestId)
			.query(EditionRepository::edition)
			.list();
	}

	/** Editions that should be sending now: SENDING, or SCHEDULED and due. */
	List<UUID> due(Instant now) {
		return jdbc.sql("""
				SELECT id FROM digest_edition
				WHERE status = 'SENDING' OR (status = 'SCHEDULED' AND scheduled_for <= ?)
				ORDER BY COALESCE(sending_since, scheduled_for), id""")
			.param(Db.ts(now))
			.query((rs, n) -> Db.uuid(rs, "id"))
			.list();
	}

	void update(UUID id, @Nullable String intro, Status status, @Nullable Instant scheduledFor, UUID by, Instant now) {
		jdbc.sql("""
				UPDATE digest_edition SET intro = ?, status = ?, scheduled_for = ?, updated_by = ?, updated_at = ?
				WHERE id = ?""")
			.params(intro, status.name(), Db.ts(scheduledFor), by, Db.ts(now), id)
			.update();
	}

	/** DRAFT or SCHEDULED becomes SENDING with its snapshot; false when someone else started it first. */
	boolean startSending(UUID id, String snapshot, int recipients, @Nullable UUID by, Instant now) {
		return jdbc.sql("""
				UPDATE digest_edition SET status = 'SENDING', snapshot = ?, recipients_total = ?, recipients_done = 0,
				  mails_queued = 0, mails_skipped = 0, not_deliverable = 0, send_cursor = NULL, sending_since = ?,
				  sent_by = ?, updated_at = ?
				WHERE id = ? AND status IN ('DRAFT', 'SCHEDULED')""")
			.params(snapshot, recipients, Db.ts(now), by, Db.ts(now), id)
			.update() == 1;
	}

	/** Takes the edition for sending until {@code until}, if nobody holds it. */
	boolean claim(UUID id, Instant now, Instant until) {
		return jdbc.sql("""
				UPDATE digest_edition SET claimed_until = ?
				WHERE id = ? AND status = 'SENDING' AND (claimed_until IS NULL OR claimed_until <= ?)""")
			.params(Db.ts(until), id, Db.ts(now))
			.update() == 1;
	}

	void release(UUID id) {
		jdbc.sql("UPDATE digest_edition SET claimed_until = NULL WHERE id = ?").param(id).update();
	}

	/** One batch done: moves the cursor and adds to the counters, in the batch's transaction. */
	void progress(UUID id, UUID cursor, int done, int queued, int skipped, int notDeliverable, Instant claimUntil) {
		jdbc.sql("""
				UPDATE digest_edition SET send_cursor = ?, recipients_done = recipients_done + ?,
				  mails_queued = mails_queued + ?, mails_skipped = mails_skipped + ?,
				  not_deliverable = not_deliverable + ?, claimed_until = ?
				WHERE id = ?""")
			.params(cursor, done, queued, skipped, notDeliverable, Db.ts(claimUntil), id)
			.update();
	}

	void sent(UUID id, Instant now) {
		jdbc.sql("""
				UPDATE digest_edition SET status = 'SENT', sent_at = ?, claimed_until = NULL, updated_at = ?,
				  recipients_total = recipients_done
				WHERE id = ? AND status = 'SENDING'""")
			.params(Db.ts(now), Db.ts(now), id)
			.update();
	}

	// pins

	List<Pin> pins(UUID editionId) {
		return jdbc.sql("SELECT item_kind, item_id FROM digest_pin WHERE edition_id = ? ORDER BY pinned_at, item_id")
			.param(editionId)
			.query((rs, n) -> new Pin(Pin.Kind.valueOf(rs.getString("item_kind")), Db.uuid(rs, "item_id")))
			.list();
	}

	void pin(UUID editionId, Pin pin, UUID by, Instant now) {
		if (jdbc.sql("SELECT COUNT(*) FROM digest_pin WHERE edition_id = ? AND item_kind = ? AND item_id = ?")
			.params(editionId, pin.kind().name(), pin.id())
			.query(Integer.class)
			.single() == 0) {
			jdbc.sql("INSERT INTO digest_pin (edition_id, item_kind, item_id, pinned_by, pinned_at) VALUES (?, ?, ?, ?, ?)")
				.params(editionId, pin.kind().name(), pin.id(), by, Db.ts(now))
				.update();
		}
	}

	void unpin(UUID editionId, Pin pin) {
		jdbc.sql("DELETE FROM digest_pin WHERE edition_id = ? AND item_kind = ? AND item_id = ?")
			.params(editionId, pin.kind().name(), pin.id())
			.update();
	}

	private static Edition edition(ResultSet rs, int n) throws SQLException {
		return new Edition(Db.uuid(rs, "id"), Db.uuid(rs, "digest_id"), Frequency.valueOf(rs.getString("frequency")),
				new Period(Db.instant(rs, "period_start"), Db.instant(rs, "period_end")),
				Status.valueOf(rs.getString("status")), rs.getString("intro"), Db.instant(rs, "scheduled_for"),
				rs.getString("snapshot"), rs.getInt("recipients_total"), rs.getInt("recipients_done"),
				rs.getInt("mails_queued"), rs.getInt("mails_skipped"), rs.getInt("not_deliverable"),
				Db.uuid(rs, "send_cursor"), Db.instant(rs, "sending_since"), Db.instant(rs, "sent_at"),
				Db.instant(rs, "updated_at"));
	}

}
