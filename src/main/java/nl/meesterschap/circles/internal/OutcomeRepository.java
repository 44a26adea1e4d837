package nl.meesterschap.circles.internal;

import static nl.meesterschap.circles.internal.Rows.dateOrNull;
import static nl.meesterschap.circles.internal.Rows.instant;
import static nl.meesterschap.circles.internal.Rows.instantOrNull;
import static nl.meesterschap.circles.internal.Rows.ts;
import static nl.meesterschap.circles.internal.Rows.uuid;
import static nl.meesterschap.circles.internal.Rows.uuidOrNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.circles.SessionRole;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AudienceKind;

/** What a session produced: step notes, insights, actions and their follow-up, attendance and the summary. */
@Repository("circlesOutcomeRepository")
class OutcomeRepository {

	private final JdbcClient jdbc;

	OutcomeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void saveNote(UUID sessionId, StepNote note) {
		jdbc.sql("DELETE FROM circles_step_note WHERE session_id = ? AND step_no = ?").params(sessionId, note.step()).update();
		if (!note.body().isBlank()) {
			jdbc.sql("INSERT INTO circles_step_note (session_id, step_no, body, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)")
				.params(sessionId, note.step(), note.body(), note.updatedBy(), ts(note.updatedAt()))
				.update();
		}
	}

	/** Notes by step number. */
	Map<Integer, StepNote> notes(UUID sessionId) {
		Map<Integer, StepNote> notes = new HashMap<>();
		jdbc.sql("SELECT * FROM circles_step_note WHERE session_id = ?").param(sessionId).query(rs -> {
			notes.put(rs.getInt("step_no"), new StepNote(rs.getInt("step_no"), rs.getString("body"),
					uuid(rs, "updated_by"), instant(rs, "updated_at")));
		});
		return notes;
	}

	void insertInsight(Insight i) {
		jdbc.sql("INSERT INTO circles_insight (id, session_id, body, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(i.id(), i.sessionId(), i.body(), i.createdBy(), ts(i.createdAt()))
			.update();
	}

	void deleteInsight(UUID sessionId, UUID id) {
		jdbc.sql("DELETE FROM circles_insight WHERE session_id = ? AND id = ?").params(sessionId, id).update();
	}

	List<Insight> insights(UUID sessionId) {
		return jdbc.sql("SELECT * FROM circles_insight WHERE session_id = ? ORDER BY created_at, id")
			.param(sessionId)
			.query((rs, n) -> new Insight(uuid(rs, "id"), uuid(rs, "session_id"), rs.getString("body"),
					uuid(rs, "created_by"), instant(rs, "created_at")))
			.list();
	}

	void insertAction(Action a) {
		jdbc.sql("""
				INSERT INTO circles_action (id, circle_id, session_id, description, owner_id, due_date, status, created_by,
				  created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.circleId(), a.sessionId(), a.description(), a.ownerId(), a.dueDate(), a.status().name(),
					a.createdBy(), ts(a.createdAt()))
			.update();
	}

	Optional<Action> action(UUID id) {
		return jdbc.sql("SELECT * FROM circles_action WHERE id = ?").param(id).query(OutcomeRepository::action).optional();
	}

	List<Action> actionsOf(UUID sessionId) {
		return jdbc.sql("SELECT * FROM circles_action WHERE session_id = ? ORDER BY created_at, id")
			.param(sessionId)
			.query(OutcomeRepository::action)
			.list();
	}

	/** The circle's actions from sessions before {@code before} that are still open, or were followed up in {@code sessionId}. */
	List<Action> forFollowUp(UUID circleId, UUID sessionId, Instant before) {
		return jdbc.sql("""
				SELECT a.* FROM circles_action a JOIN circles_session s ON s.id = a.session_id
				WHERE a.circle_id = ? AND a.session_id <> ? AND s.starts_at < ?
				  AND (a.status IN ('OPEN', 'CARRIED_OVER')
				       OR EXISTS (SELECT 1 FROM circles_action_follow_up f WHERE f.action_id = a.id AND f.session_id = ?))
				ORDER BY s.starts_at, a.created_at, a.id""")
			.params(circleId, sessionId, ts(before), sessionId)
			.query(OutcomeRepository::action)
			.list();
	}

	List<Action> openActionsOfCircle(UUID circleId) {
		return jdbc.sql("SELECT * FROM circles_action WHERE circle_id = ? AND status IN ('OPEN', 'CARRIED_OVER') ORDER BY due_date, created_at, id")
			.param(circleId)
			.query(OutcomeRepository::action)
			.list();
	}

	/** Open actions this person owns in circles they are still an active member of. */
	List<Action> openActionsOwnedBy(UUID personId) {
		return jdbc.sql("""
				SELECT a.* FROM circles_action a JOIN circles_member m ON m.circle_id = a.circle_id AND m.person_id = a.owner_id
				WHERE a.owner_id = ? AND m.status = 'ACTIVE' AND a.status IN ('OPEN', 'CARRIED_OVER')
				ORDER BY a.due_date, a.created_at, a.id""")
			.param(personId)
			.query(OutcomeRepository::action)
			.list();
	}

	void followUp(UUID actionId, UUID sessionId, Action.Status status, UUID by, Instant at) {
		jdbc.sql("DELETE FROM circles_action_follow_up WHERE action_id = ? AND session_id = ?").params(actionId, sessionId).update();
		jdbc.sql("INSERT INTO circles_action_follow_up (action_id, session_id, status, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)")
			.params(actionId, sessionId, status.name(), by, ts(at))
			.update();
		jdbc.sql("UPDATE circles_action SET status = ? WHERE id = ?").params(status.name(), actionId).update();
	}

	/** The follow-up decided in a session, by action id. */
	Map<UUID, Action.Status> followUps(UUID sessionId) {
		Map<UUID, Action.Status> decided = new HashMap<>();
		jdbc.sql("SELECT action_id, status FROM circles_action_follow_up WHERE session_id = ?").param(sessionId).query(rs -> {
			decided.put(uuid(rs, "action_id"), Action.Status.valueOf(rs.getString("status")));
		});
		return decided;
	}

	void replaceAttendance(UUID sessionId, List<Attendance> attendance) {
		jdbc.sql("DELETE FROM circles_attendance WHERE session_id = ?").param(sessionId).update();
		for (Attendance a : attendance) {
			jdbc.sql("""
					INSERT INTO circles_attendance (session_id, person_id, attended, net_minutes, role, recorded_by, recorded_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(sessionId, a.personId(), a.attended(), a.netMinutes(), a.role().name(), a.recordedBy(),
						ts(a.recordedAt()))
				.update();
		}
	}

	List<Attendance> attendance(UUID sessionId) {
		return jdbc.sql("SELECT * FROM circles_attendance WHERE session_id = ? ORDER BY recorded_at, person_id")
			.param(sessionId)
			.query((rs, n) -> new Attendance(uuid(rs, "person_id"), rs.getBoolean("attended"), rs.getInt("net_minutes"),
					SessionRole.valueOf(rs.getString("role")), uuid(rs, "recorded_by"), instant(rs, "recorded_at")))
			.list();
	}

	void saveSummary(Summary s) {
		jdbc.sql("DELETE FROM circles_summary WHERE session_id = ?").param(s.sessionId()).update();
		Audience audience = s.audience();
		jdbc.sql("""
				INSERT INTO circles_summary (session_id, body, audience_kind, audience_scope_id, audience_key, published_by,
				  published_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.sessionId(), s.body(), audience == null ? null : audience.kind().name(),
					audience == null ? null : audience.scopeId(),
					audience == null || s.publishedBy() == null ? null : audience.key(s.publishedBy()), s.publishedBy(),
					ts(s.publishedAt()), ts(s.updatedAt()))
			.update();
	}

	Optional<Summary> summary(UUID sessionId) {
		return jdbc.sql("SELECT * FROM circles_summary WHERE session_id = ?").param(sessionId).query(OutcomeRepository::summary).optional();
	}

	/** Published summaries whose audience key is one of {@code keys}, newest first. */
	List<Summary> publishedSummaries(java.util.Set<String> keys, int limit) {
		return jdbc.sql("""
				SELECT * FROM circles_summary WHERE published_at IS NOT NULL AND audience_key IN (:keys)
				ORDER BY published_at DESC, session_id LIMIT :limit""")
			.param("keys", keys)
			.param("limit", limit)
			.query(OutcomeRepository::summary)
			.list();
	}

	/** Session ids of published summaries in id order after {@code after} (null: from the start). */
	List<UUID> publishedSummaryIds(@Nullable UUID after, int limit) {
		return (after == null
				? jdbc.sql("SELECT session_id FROM circles_summary WHERE published_at IS NOT NULL ORDER BY session_id LIMIT ?")
					.param(limit)
				: jdbc.sql("""
						SELECT session_id FROM circles_summary WHERE published_at IS NOT NULL AND session_id > ?
						ORDER BY session_id LIMIT ?""").params(after, limit))
			.query((rs, n) -> uuid(rs, "session_id"))
			.list();
	}

	private static Summary summary(ResultSet rs, int n) throws SQLException {
		String kind = rs.getString("audience_kind");
		return new Summary(uuid(rs, "session_id"), rs.getString("body"),
				kind == null ? null : new Audience(AudienceKind.valueOf(kind), uuidOrNull(rs, "audience_scope_id")),
				uuidOrNull(rs, "published_by"), instantOrNull(rs, "published_at"), instant(rs, "updated_at"));
	}

	private static Action action(ResultSet rs, int n) throws SQLException {
		return new Action(uuid(rs, "id"), uuid(rs, "circle_id"), uuid(rs, "session_id"), rs.getString("description"),
				uuid(rs, "owner_id"), dateOrNull(rs, "due_date"), Action.Status.valueOf(rs.getString("status")),
				uuid(rs, "created_by"), instant(rs, "created_at"));
	}

}
