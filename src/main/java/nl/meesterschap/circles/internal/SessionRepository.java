package nl.meesterschap.circles.internal;

import static nl.meesterschap.circles.internal.Rows.instant;
import static nl.meesterschap.circles.internal.Rows.instantOrNull;
import static nl.meesterschap.circles.internal.Rows.intOrNull;
import static nl.meesterschap.circles.internal.Rows.ts;
import static nl.meesterschap.circles.internal.Rows.uuid;
import static nl.meesterschap.circles.internal.Rows.uuidOrNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.circles.ReflectionKind;

/** Sessions: when, where, method, roles and how far facilitation got. */
@Repository("circlesSessionRepository")
class SessionRepository {

	private final JdbcClient jdbc;

	SessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Session s) {
		jdbc.sql("""
				INSERT INTO circles_session (id, circle_id, method_id, title, starts_at, ends_at, place, online_url, status,
				  ics_sequence, reflection_kind, facilitator_id, time_keeper_id, note_taker_id, case_bringer_id,
				  current_step, facilitation_started_at, closed_at, created_by, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.id(), s.circleId(), s.methodId(), s.title(), ts(s.startsAt()), ts(s.endsAt()), s.place(),
					s.onlineUrl(), s.status().name(), s.sequence(), s.reflectionKind().name(), s.roles().facilitatorId(),
					s.roles().timeKeeperId(), s.roles().noteTakerId(), s.roles().caseBringerId(), s.currentStep(),
					ts(s.facilitationStartedAt()), ts(s.closedAt()), s.createdBy(), ts(s.createdAt()), ts(s.updatedAt()))
			.update();
	}

	void update(Session s) {
		jdbc.sql("""
				UPDATE circles_session SET method_id = ?, title = ?, starts_at = ?, ends_at = ?, place = ?, online_url = ?,
				  status = ?, ics_sequence = ?, reflection_kind = ?, facilitator_id = ?, time_keeper_id = ?,
				  note_taker_id = ?, case_bringer_id = ?, current_step = ?, facilitation_started_at = ?, closed_at = ?,
				  updated_at = ? WHERE id = ?""")
			.params(s.methodId(), s.title(), ts(s.startsAt()), ts(s.endsAt()), s.place(), s.onlineUrl(),
					s.status().name(), s.sequence(), s.reflectionKind().name(), s.roles().facilitatorId(),
					s.roles().timeKeeperId(), s.roles().noteTakerId(), s.roles().caseBringerId(), s.currentStep(),
					ts(s.facilitationStartedAt()), ts(s.closedAt()), ts(s.updatedAt()), s.id())
			.update();
	}

	Optional<Session> find(UUID id) {
		return jdbc.sql("SELECT * FROM circles_session WHERE id = ?").param(id).query(SessionRepository::session).optional();
	}

	/** A circle's sessions, newest first. */
	List<Session> ofCircle(UUID circleId) {
		return jdbc.sql("SELECT * FROM circles_session WHERE circle_id = ? ORDER BY starts_at DESC, id")
			.param(circleId)
			.query(SessionRepository::session)
			.list();
	}

	/** Planned sessions of the circle that overlap [start, end), other than {@code except}. */
	List<Session> overlapping(UUID circleId, Instant start, Instant end, @Nullable UUID except) {
		return jdbc.sql("""
				SELECT * FROM circles_session WHERE circle_id = ? AND status <> 'CANCELLED' AND starts_at < ? AND ends_at > ?
				ORDER BY starts_at""")
			.params(circleId, ts(end), ts(start))
			.query(SessionRepository::session)
			.list()
			.stream()
			.filter(s -> !s.id().equals(except))
			.toList();
	}

	/** Planned sessions in the person's circles that have not ended, soonest first. */
	List<Session> upcomingFor(UUID personId, Instant now, int limit) {
		return jdbc.sql("""
				SELECT s.* FROM circles_session s JOIN circles_member m ON m.circle_id = s.circle_id
				WHERE m.person_id = ? AND m.status = 'ACTIVE' AND s.status = 'PLANNED' AND s.ends_at > ?
				ORDER BY s.starts_at, s.id LIMIT ?""")
			.params(personId, ts(now), limit)
			.query(SessionRepository::session)
			.list();
	}

	/** The circle's last session before this one (not cancelled). */
	Optional<Session> previous(Session session) {
		return jdbc.sql("""
				SELECT * FROM circles_session WHERE circle_id = ? AND status <> 'CANCELLED' AND starts_at < ?
				ORDER BY starts_at DESC, id LIMIT 1""")
			.params(session.circleId(), ts(session.startsAt()))
			.query(SessionRepository::session)
			.optional();
	}

	void stepStarted(UUID sessionId, int step, Instant at) {
		jdbc.sql("DELETE FROM circles_step_log WHERE session_id = ? AND step_no = ?").params(sessionId, step).update();
		jdbc.sql("INSERT INTO circles_step_log (session_id, step_no, started_at) VALUES (?, ?, ?)")
			.params(sessionId, step, ts(at))
			.update();
	}

	/** When each step was (last) started, by step number. */
	java.util.Map<Integer, Instant> stepStarts(UUID sessionId) {
		java.util.Map<Integer, Instant> starts = new java.util.TreeMap<>();
		jdbc.sql("SELECT step_no, started_at FROM circles_step_log WHERE session_id = ?")
			.param(sessionId)
			.query(rs -> {
				starts.put(rs.getInt("step_no"), instant(rs, "started_at"));
			});
		return starts;
	}

	private static Session session(ResultSet rs, int row) throws SQLException {
		return new Session(uuid(rs, "id"), uuid(rs, "circle_id"), uuid(rs, "method_id"), rs.getString("title"),
				instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("place"), rs.getString("online_url"),
				Session.Status.valueOf(rs.getString("status")), rs.getInt("ics_sequence"),
				ReflectionKind.valueOf(rs.getString("reflection_kind")),
				new Session.Roles(uuidOrNull(rs, "facilitator_id"), uuidOrNull(rs, "time_keeper_id"),
						uuidOrNull(rs, "note_taker_id"), uuidOrNull(rs, "case_bringer_id")),
				intOrNull(rs, "current_step"), instantOrNull(rs, "facilitation_started_at"),
				instantOrNull(rs, "closed_at"), uuid(rs, "created_by"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

}
