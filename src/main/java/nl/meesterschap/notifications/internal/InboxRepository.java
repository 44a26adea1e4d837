package nl.meesterschap.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.notifications.NotificationKind;

/** The table {@code notification_inbox}: each person's notifications. */
@Repository
class InboxRepository {

	private static final RowMapper<StoredNotification> ROW = (rs, n) -> new StoredNotification(
			rs.getObject("id", UUID.class),
			new Notice(rs.getObject("recipient_id", UUID.class), NotificationKind.valueOf(rs.getString("kind")),
					rs.getString("variant"), rs.getString("cause_key"), rs.getObject("actor_id", UUID.class),
					ref(rs.getString("subject_kind"), rs.getObject("subject_id", UUID.class)),
					ref(rs.getString("item_kind"), rs.getObject("item_id", UUID.class)), rs.getString("title"),
					rs.getString("detail"), Db.instant(rs, "item_time"), rs.getString("url"), Db.instant(rs, "created_at")),
			Channel.valueOf(rs.getString("channel")), MailState.valueOf(rs.getString("mail_state")),
			rs.getBoolean("subject_hidden"), rs.getBoolean("item_hidden"), Db.instant(rs, "read_at"));

	private final JdbcClient jdbc;

	InboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, Notice n, Channel channel, MailState mailState) {
		jdbc.sql("""
				INSERT INTO notification_inbox (id, recipient_id, kind, variant, cause_key, actor_id, subject_kind,
				  subject_id, item_kind, item_id, title, detail, item_time, url, channel, mail_state, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, n.recipientId(), n.kind().name(), n.variant(), n.causeKey(), n.actorId(),
					n.subject() == null ? null : n.subject().kind(), n.subject() == null ? null : n.subject().id(),
					n.item() == null ? null : n.item().kind(), n.item() == null ? null : n.item().id(), n.title(),
					n.detail(), Db.ts(n.itemTime()), n.url(), channel.name(), mailState.name(), Db.ts(n.at()))
			.update();
	}

	/** Gives a notification a weightier kind (a mention of someone who also owns the story). */
	void rekind(UUID id, NotificationKind kind, @Nullable String variant, Channel channel, MailState mailState) {
		jdbc.sql("UPDATE notification_inbox SET kind = ?, variant = ?, channel = ?, mail_state = ? WHERE id = ?")
			.params(kind.name(), variant, channel.name(), mailState.name(), id)
			.update();
	}

	Optional<StoredNotification> find(UUID id) {
		return jdbc.sql("SELECT * FROM notification_inbox WHERE id = ?").param(id).query(ROW).optional();
	}

	Optional<StoredNotification> findByCause(UUID recipientId, String causeKey) {
		return jdbc.sql("SELECT * FROM notification_inbox WHERE recipient_id = ? AND cause_key = ?")
			.params(recipientId, causeKey)
			.query(ROW)
			.optional();
	}

	/** Newest first; OFF-channel kinds are never stored. */
	List<StoredNotification> page(UUID recipientId, boolean unreadOnly, int offset, int limit) {
		return jdbc.sql("SELECT * FROM notification_inbox WHERE recipient_id = ?"
				+ (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
			.params(recipientId, limit, offset)
			.query(ROW)
			.list();
	}

	int count(UUID recipientId, boolean unreadOnly) {
		return jdbc.sql("SELECT COUNT(*) FROM notification_inbox WHERE recipient_id = ?"
				+ (unreadOnly ? " AND read_at IS NULL" : ""))
			.param(recipientId)
			.query(Integer.class)
			.single();
	}

	boolean markRead(UUID recipientId, UUID id, Instant at) {
		return jdbc.sql("UPDATE notification_inbox SET read_at = ? WHERE id = ? AND recipient_id = ? AND read_at IS NULL")
			.params(Db.ts(at), id, recipientId)
			.update() > 0;
	}

	int markAllRead(UUID recipientId, Instant at) {
		return jdbc.sql("UPDATE notification_inbox SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL")
			.params(Db.ts(at), recipientId)
			.update();
	}

	/** A moderator hid or restored something: every notification about it (or about that specific item) follows. */
	void hide(String kind, UUID id, boolean hidden) {
		jdbc.sql("UPDATE notification_inbox SET subject_hidden = ? WHERE subject_kind = ? AND subject_id = ?")
			.params(hidden, kind, id)
			.update();
		jdbc.sql("UPDATE notification_inbox SET item_hidden = ? WHERE item_kind = ? AND item_id = ?")
			.params(hidden, kind, id)
			.update();
	}

	/**
	 * People with notifications waiting for e-mail whose mail is due: the oldest waited {@code firstDelay}, and
	 * their last mail went out at least a batch interval ago.
	 */
	List<UUID> dueForMail(Instant waitedSince, Instant lastMailBefore, int limit) {
		return jdbc.sql("""
				SELECT i.recipient_id FROM notification_inbox i
				LEFT JOIN notification_mailbox m ON m.person_id = i.recipient_id
				WHERE i.mail_state = 'PENDING'
				GROUP BY i.recipient_id, m.last_mail_at
				HAVING MIN(i.created_at) <= ? AND (m.last_mail_at IS NULL OR m.last_mail_at <= ?)
				ORDER BY MIN(i.created_at) LIMIT ?""")
			.params(Db.ts(waitedSince), Db.ts(lastMailBefore), limit)
			.query(UUID.class)
			.list();
	}

	List<StoredNotification> waitingForMail(UUID recipientId) {
		return jdbc.sql("""
				SELECT * FROM notification_inbox WHERE recipient_id = ? AND mail_state = 'PENDING'
				ORDER BY created_at, id""")
			.param(recipientId)
			.query(ROW)
			.list();
	}

	void setMailState(List<UUID> ids, MailState state, @Nullable UUID mailId) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("UPDATE notification_inbox SET mail_state = :state, mail_id = :mail WHERE id IN (:ids)")
			.param("state", state.name())
			.param("mail", mailId)
			.param("ids", ids)
			.update();
	}

	List<StoredNotification> forDigest(UUID recipientId, Instant since) {
		return jdbc.sql("""
				SELECT * FROM notification_inbox WHERE recipient_id = ? AND mail_state = 'DIGEST' AND created_at > ?
				  AND subject_hidden = FALSE AND item_hidden = FALSE
				ORDER BY created_at, id""")
			.params(recipientId, Db.ts(since))
			.query(ROW)
			.list();
	}

	private static Notice.@Nullable Ref ref(@Nullable String kind, @Nullable UUID id) {
		return kind == null || id == null ? null : new Notice.Ref(kind, id);
	}

}
