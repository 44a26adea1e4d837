package nl.meesterschap.learning.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The portfolio tables (V9_2__portfolio.sql). Every query is scoped to one person. */
@Repository
class PortfolioRepository {

	private static final String ACTIVITY_COLUMNS = "id, person_id, source, session_id, circle_id, category, title, "
			+ "provider, accreditation_id, minutes, activity_date, reflection_kind, session_role, certificate_note, created_at";

	private final JdbcClient jdbc;

	/**
	 * Inserts that may meet a concurrent twin (the same event delivered twice at once) run under a savepoint: losing
	 * the race rolls back only that insert, and the listener's transaction goes on (PostgreSQL would otherwise refuse
	 * every further statement of it).
	 */
	private final TransactionTemplate savepoint;

	PortfolioRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	Optional<Settings> settings(UUID personId) {
		return jdbc.sql("SELECT register, period_start FROM learning_portfolio_settings WHERE person_id = ?")
			.param(personId)
			.query((rs, n) -> new Settings(rs.getString("register"), rs.getObject("period_start", LocalDate.class)))
			.optional();
	}

	void saveSettings(UUID personId, Settings settings, Instant now) {
		int updated = jdbc.sql("UPDATE learning_portfolio_settings SET register = ?, period_start = ?, updated_at = ? "
				+ "WHERE person_id = ?")
			.params(settings.register(), settings.periodStart(), timestamp(now), personId)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO learning_portfolio_settings (person_id, register, period_start, updated_at) "
					+ "VALUES (?, ?, ?, ?)")
				.params(personId, settings.register(), settings.periodStart(), timestamp(now))
				.update();
		}
	}

	/** Inserts the activity; a session already recorded for the person fails with {@link DuplicateKeyException}. */
	void insert(Activity a) {
		savepoint.executeWithoutResult(status -> jdbc.sql("INSERT INTO learning_portfolio_activity (" + ACTIVITY_COLUMNS
				+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.personId(), a.source().name(), a.sessionId(), a.circleId(), a.category().name(),
					a.title(), a.provider(), a.accreditationId(), a.minutes(), a.date(), a.reflectionKind(),
					a.sessionRole(), a.certificateNote(), timestamp(a.createdAt()))
			.update());
	}

	boolean hasSession(UUID personId, UUID sessionId) {
		return jdbc.sql("SELECT COUNT(*) FROM learning_portfolio_activity WHERE person_id = ? AND session_id = ?")
			.params(personId, sessionId)
			.query(Integer.class)
			.single() > 0;
	}

	/** All activities of the person, newest first. */
	List<Activity> activities(UUID personId) {
		return jdbc.sql("SELECT " + ACTIVITY_COLUMNS + " FROM learning_portfolio_activity WHERE person_id = ? "
				+ "ORDER BY activity_date DESC, created_at DESC")
			.param(personId)
			.query(PortfolioRepository::activity)
			.list();
	}

	boolean deleteExternal(UUID personId, UUID id) {
		return jdbc.sql("DELETE FROM learning_portfolio_activity WHERE id = ? AND person_id = ? AND source = 'EXTERNAL'")
			.params(id, personId)
			.update() > 0;
	}

	void insert(Goal g) {
		jdbc.sql("INSERT INTO learning_portfolio_goal (id, person_id, framework, competency, title, description, status, "
				+ "target_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(g.id(), g.personId(), g.framework(), g.competency(), g.title(), g.description(), g.status().name(),
					g.targetDate(), timestamp(g.createdAt()), timestamp(g.updatedAt()))
			.update();
	}

	boolean updateStatus(UUID personId, UUID goalId, Goal.Status status, Instant now) {
		return jdbc.sql("UPDATE learning_portfolio_goal SET status = ?, updated_at = ? WHERE id = ? AND person_id = ?")
			.params(status.name(), timestamp(now), goalId, personId)
			.update() > 0;
	}

	List<Goal> goals(UUID personId) {
		return jdbc.sql("SELECT id, person_id, framework, competency, title, description, status, target_date, created_at, "
				+ "updated_at FROM learning_portfolio_goal WHERE person_id = ? ORDER BY created_at DESC, id")
			.param(personId)
			.query((rs, n) -> new Goal(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getString("framework"), rs.getString("competency"), rs.getString("title"),
					rs.getString("description"), Goal.Status.valueOf(rs.getString("status")),
					rs.getObject("target_date", LocalDate.class), instant(rs, "created_at"), instant(rs, "updated_at")))
			.list();
	}

	void insert(Assessment a) {
		jdbc.sql("INSERT INTO learning_portfolio_assessment (id, person_id, framework, competency, level, note, "
				+ "assessed_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.personId(), a.framework(), a.competency(), a.level(), a.note(), a.assessedOn(),
					timestamp(a.createdAt()))
			.update();
	}

	/** Oldest first, so a chart draws left to right. */
	List<Assessment> assessments(UUID personId) {
		return jdbc.sql("SELECT id, person_id, framework, competency, level, note, assessed_on, created_at "
				+ "FROM learning_portfolio_assessment WHERE person_id = ? ORDER BY assessed_on, created_at")
			.param(personId)
			.query((rs, n) -> new Assessment(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getString("framework"), rs.getString("competency"), rs.getInt("level"), rs.getString("note"),
					rs.getObject("assessed_on", LocalDate.class), instant(rs, "created_at")))
			.list();
	}

	void insertIfAbsent(Feedback f) {
		int present = jdbc.sql("SELECT COUNT(*) FROM learning_portfolio_feedback WHERE person_id = ? AND kind = ? "
				+ "AND response_id = ?")
			.params(f.personId(), f.kind().name(), f.responseId())
			.query(Integer.class)
			.single();
		if (present == 0) {
			try {
				savepoint.executeWithoutResult(status -> jdbc
					.sql("INSERT INTO learning_portfolio_feedback (person_id, kind, response_id, subject_kind, subject_id, "
							+ "other_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)")
					.params(f.personId(), f.kind().name(), f.responseId(), f.subjectKind(), f.subjectId(), f.otherId(),
							timestamp(f.at()))
					.update());
			}
			catch (DuplicateKeyException twin) {
				// the same response delivered twice at once: the first one counts
			}
		}
	}

	List<Feedback> feedback(UUID personId, int limit) {
		return jdbc.sql("SELECT person_id, kind, response_id, subject_kind, subject_id, other_id, at "
				+ "FROM learning_portfolio_feedback WHERE person_id = ? ORDER BY at DESC LIMIT ?")
			.params(personId, limit)
			.query((rs, n) -> new Feedback(rs.getObject("person_id", UUID.class),
					Feedback.Kind.valueOf(rs.getString("kind")), rs.getObject("response_id", UUID.class),
					rs.getString("subject_kind"), rs.getObject("subject_id", UUID.class),
					rs.getObject("other_id", UUID.class), instant(rs, "at")))
			.list();
	}

	private static Activity activity(ResultSet rs, int n) throws SQLException {
		return new Activity(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				Activity.Source.valueOf(rs.getString("source")), rs.getObject("session_id", UUID.class),
				rs.getObject("circle_id", UUID.class), Category.valueOf(rs.getString("category")), rs.getString("title"),
				rs.getString("provider"), rs.getString("accreditation_id"), rs.getInt("minutes"),
				rs.getObject("activity_date", LocalDate.class), rs.getString("reflection_kind"),
				rs.getString("session_role"), rs.getString("certificate_note"), instant(rs, "created_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** The register the professional is in and the start of their current period. */
	record Settings(String register, @Nullable LocalDate periodStart) {
	}

}
