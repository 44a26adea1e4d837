package nl.meesterschap.circles.internal;

import static nl.meesterschap.circles.internal.Rows.instant;
import static nl.meesterschap.circles.internal.Rows.ts;
import static nl.meesterschap.circles.internal.Rows.uuid;
import static nl.meesterschap.circles.internal.Rows.uuidOrNull;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What members prepare for a session: the case and their RSVP. */
@Repository("circlesPreparationRepository")
class PreparationRepository {

	private final JdbcClient jdbc;

	PreparationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void saveCase(SessionCase c) {
		jdbc.sql("DELETE FROM circles_session_case WHERE session_id = ?").param(c.sessionId()).update();
		jdbc.sql("""
				INSERT INTO circles_session_case (session_id, story_id, title, body, cleared, updated_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(c.sessionId(), c.storyId(), c.title(), c.body(), c.cleared(), ts(c.updatedAt()))
			.update();
	}

	void deleteCase(UUID sessionId) {
		jdbc.sql("DELETE FROM circles_session_case WHERE session_id = ?").param(sessionId).update();
	}

	Optional<SessionCase> findCase(UUID sessionId) {
		return jdbc.sql("SELECT * FROM circles_session_case WHERE session_id = ?")
			.param(sessionId)
			.query((rs, n) -> new SessionCase(uuid(rs, "session_id"), uuidOrNull(rs, "story_id"),
					orEmpty(rs.getString("title")), orEmpty(rs.getString("body")), rs.getBoolean("cleared"),
					instant(rs, "updated_at")))
			.optional();
	}

	void saveRsvp(UUID sessionId, Rsvp rsvp) {
		jdbc.sql("DELETE FROM circles_rsvp WHERE session_id = ? AND person_id = ?")
			.params(sessionId, rsvp.personId())
			.update();
		jdbc.sql("INSERT INTO circles_rsvp (session_id, person_id, answer, answered_at) VALUES (?, ?, ?, ?)")
			.params(sessionId, rsvp.personId(), rsvp.answer().name(), ts(rsvp.answeredAt()))
			.update();
	}

	List<Rsvp> rsvps(UUID sessionId) {
		return jdbc.sql("SELECT * FROM circles_rsvp WHERE session_id = ? ORDER BY answered_at")
			.param(sessionId)
			.query((rs, n) -> new Rsvp(uuid(rs, "person_id"), Rsvp.Answer.valueOf(rs.getString("answer")),
					instant(rs, "answered_at")))
			.list();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
