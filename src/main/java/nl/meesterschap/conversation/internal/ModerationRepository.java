package nl.meesterschap.conversation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.conversation.FlagReason;

/** Flags, hidden subjects, the moderation log and the per-organisation settings. */
@Repository
public class ModerationRepository {

	private static final RowMapper<Flag> FLAG = (rs, n) -> new Flag(rs.getObject("id", UUID.class),
			rs.getString("target_kind"), rs.getObject("target_id", UUID.class),
			rs.getObject("organisation_id", UUID.class), rs.getObject("flagged_by", UUID.class),
			FlagReason.valueOf(rs.getString("reason")), rs.getString("note"), rs.getString("status"),
			Db.instant(rs, "created_at"));

	private final JdbcClient jdbc;

	ModerationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean flagged(String kind, UUID targetId, UUID personId) {
		return jdbc.sql("SELECT COUNT(*) FROM conversation_flag WHERE target_kind = ? AND target_id = ? AND flagged_by = ?")
			.params(kind, targetId, personId)
			.query(Long.class)
			.single() > 0;
	}

	void insertFlag(Flag f) {
		jdbc.sql("""
				INSERT INTO conversation_flag (id, target_kind, target_id, organisation_id, flagged_by, reason, note,
				  status, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
			.params(f.id(), f.targetKind(), f.targetId(), f.organisationId(), f.flaggedBy(), f.reason().name(), f.note(),
					Db.ts(f.createdAt()))
			.update();
	}

	/** Open flags of an organisation, for the privacy officer (PRIVACY) or the moderators (the rest). */
	List<Flag> openFlags(UUID organisationId, boolean privacy) {
		return jdbc.sql("SELECT * FROM conversation_flag WHERE organisation_id = ? AND status = 'OPEN' AND reason "
				+ (privacy ? "=" : "<>") + " 'PRIVACY' ORDER BY created_at")
			.param(organisationId)
			.query(FLAG)
			.list();
	}

	Optional<Flag> flag(UUID id) {
		return jdbc.sql("SELECT * FROM conversation_flag WHERE id = ?").param(id).query(FLAG).optional();
	}

	/** Closes every open flag on a target with the decision. */
	void decide(String kind, UUID targetId, UUID moderatorId, String status, @Nullable String note, Instant at) {
		jdbc.sql("""
				UPDATE conversation_flag SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?
				WHERE target_kind = ? AND target_id = ? AND status = 'OPEN'""")
			.params(status, moderatorId, Db.ts(at), note, kind, targetId)
			.update();
	}

	void hide(String kind, UUID targetId, String reason, UUID by, Instant at) {
		unhide(kind, targetId);
		jdbc.sql("""
				INSERT INTO conversation_hidden_item (target_kind, target_id, reason, hidden_by, hidden_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(kind, targetId, reason, by, Db.ts(at))
			.update();
	}

	void unhide(String kind, UUID targetId) {
		jdbc.sql("DELETE FROM conversation_hidden_item WHERE target_kind = ? AND target_id = ?")
			.params(kind, targetId)
			.update();
	}

	Optional<String> hiddenReason(String kind, UUID targetId) {
		return jdbc.sql("SELECT reason FROM conversation_hidden_item WHERE target_kind = ? AND target_id = ?")
			.params(kind, targetId)
			.query(String.class)
			.optional();
	}

	void log(UUID organisationId, UUID actorId, String action, String kind, UUID targetId, @Nullable String reason,
			Instant at) {
		jdbc.sql("""
				INSERT INTO conversation_moderation_log (id, organisation_id, actor_id, action, target_kind, target_id,
				  reason, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), organisationId, actorId, action, kind, targetId, reason, Db.ts(at))
			.update();
	}

	List<LogEntry> log(UUID organisationId, int limit) {
		return jdbc.sql("SELECT * FROM conversation_moderation_log WHERE organisation_id = ? ORDER BY created_at DESC LIMIT ?")
			.params(organisationId, limit)
			.query((rs, n) -> new LogEntry(rs.getObject("actor_id", UUID.class), rs.getString("action"),
					rs.getString("target_kind"), rs.getObject("target_id", UUID.class), rs.getString("reason"),
					Db.instant(rs, "created_at")))
			.list();
	}

	Settings settings(UUID organisationId) {
		return jdbc.sql("SELECT * FROM conversation_settings WHERE organisation_id = ?")
			.param(organisationId)
			.query((rs, n) -> new Settings(rs.getBoolean("premoderate_new_accounts"), rs.getInt("new_account_days")))
			.optional()
			.orElse(new Settings(false, 14));
	}

	void saveSettings(UUID organisationId, Settings settings) {
		jdbc.sql("DELETE FROM conversation_settings WHERE organisation_id = ?").param(organisationId).update();
		jdbc.sql("""
				INSERT INTO conversation_settings (organisation_id, premoderate_new_accounts, new_account_days)
				VALUES (?, ?, ?)""")
			.params(organisationId, settings.premoderateNewAccounts(), settings.newAccountDays())
			.update();
	}

	/** A report by one person about a story or response. */
	public record Flag(UUID id, String targetKind, UUID targetId, UUID organisationId, UUID flaggedBy,
			FlagReason reason, @Nullable String note, String status, Instant createdAt) {
	}

	/** One moderation decision. */
	public record LogEntry(UUID actorId, String action, String targetKind, UUID targetId, @Nullable String reason,
			Instant at) {
	}

	/** Pre-moderation of new accounts, per organisation. */
	public record Settings(boolean premoderateNewAccounts, int newAccountDays) {
	}

}
