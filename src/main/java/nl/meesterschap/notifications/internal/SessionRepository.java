package nl.meesterschap.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Planned sessions as the circles module announced them ({@code notification_session}), so reminders need nothing
 * from the circles module but its events. Every announcement is its own row, keyed by its sequence: a change and
 * the planning handled at the same moment never collide, and the highest sequence holds whatever the order.
 */
@Repository
class SessionRepository {

	private static final RowMapper<PlannedSession> ROW = (rs, n) -> new PlannedSession(
			rs.getObject("session_id", UUID.class), rs.getObject("circle_id", UUID.class), rs.getString("circle_name"),
			Db.instant(rs, "starts_at"), rs.getInt("sequence_number"), rs.getBoolean("cancelled"),
			Db.instant(rs, "announced_at"));

	private final JdbcClient jdbc;

	private final Inserts inserts;

	SessionRepository(JdbcClient jdbc, Inserts inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	/** Keeps an announcement; the same one again changes nothing. */
	void announce(PlannedSession session, List<UUID> attendees) {
		boolean fresh = inserts.insert(() -> jdbc.sql("""
				INSERT INTO notification_session (session_id, sequence_number, circle_id, circle_name, starts_at,
				  cancelled, announced_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(session.sessionId(), session.sequence(), session.circleId(), session.circleName(),
					Db.ts(session.startsAt()), session.cancelled(), Db.ts(session.announcedAt()))
			.update());
		if (fresh) {
			attendees.stream().distinct().forEach(person -> jdbc.sql("""
					INSERT INTO notification_session_attendee (session_id, sequence_number, person_id) VALUES (?, ?, ?)""")
				.params(session.sessionId(), session.sequence(), person)
				.update());
		}
	}

	/**
	 * Sessions whose latest announcement starts between now and {@code until}, is not cancelled and had no reminder
	 * yet, and came before the reminder window opened (whoever heard of it within a day needs no reminder).
	 */
	List<PlannedSession> toRemind(Instant now, Instant until, Duration lead) {
		return jdbc.sql("""
				SELECT * FROM notification_session s
				WHERE s.starts_at > ? AND s.starts_at <= ? AND s.cancelled = FALSE AND s.reminded = FALSE
				  AND s.sequence_number = (SELECT MAX(l.sequence_number) FROM notification_session l
				                           WHERE l.session_id = s.session_id)
				ORDER BY s.starts_at""")
			.params(Db.ts(now), Db.ts(until))
			.query(ROW)
			.list()
			.stream()
			.filter(s -> !s.announcedAt().isAfter(s.startsAt().minus(lead)))
			.toList();
	}

	List<UUID> attendees(PlannedSession session) {
		return jdbc.sql("SELECT person_id FROM notification_session_attendee WHERE session_id = ? AND sequence_number = ?")
			.params(session.sessionId(), session.sequence())
			.query(UUID.class)
			.list();
	}

	void reminded(PlannedSession session) {
		jdbc.sql("UPDATE notification_session SET reminded = TRUE WHERE session_id = ? AND sequence_number = ?")
			.params(session.sessionId(), session.sequence())
			.update();
	}

	/** Sessions long past are of no use for reminders any more. */
	int forgetBefore(Instant before) {
		return jdbc.sql("""
				DELETE FROM notification_session WHERE session_id IN (
				  SELECT session_id FROM notification_session GROUP BY session_id HAVING MAX(starts_at) < ?)""")
			.param(Db.ts(before))
			.update();
	}

	/** One announcement of a session. */
	record PlannedSession(UUID sessionId, UUID circleId, String circleName, Instant startsAt, int sequence,
			boolean cancelled, Instant announcedAt) {
	}

}
