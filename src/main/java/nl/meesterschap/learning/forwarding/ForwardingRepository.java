package nl.meesterschap.learning.forwarding;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.learning.statements.LrsSql;
import nl.meesterschap.learning.statements.XapiVersion;

/** learning_forwarding (one target per organisation) and learning_forward_queue (statements still to forward). */
@Repository
class ForwardingRepository {

	private final JdbcClient jdbc;

	ForwardingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A target with the password, for the forwarder only. */
	record Target(UUID organisationId, String endpoint, String username, String password, XapiVersion version,
			int attempts) {
	}

	/** A queued statement: its sequence number and its JSON as the LRS keeps it. */
	record Queued(long seq, String json) {
	}

	Optional<ForwardingTarget> find(UUID organisationId) {
		return jdbc.sql("""
				SELECT f.*,
				  (SELECT COUNT(*) FROM learning_forward_queue q WHERE q.organisation_id = f.organisation_id
				    AND q.rejected_at IS NULL) AS pending,
				  (SELECT COUNT(*) FROM learning_forward_queue q WHERE q.organisation_id = f.organisation_id
				    AND q.rejected_at IS NOT NULL) AS rejected
				FROM learning_forwarding f WHERE f.organisation_id = :org""")
			.param("org", organisationId)
			.query((rs, n) -> new ForwardingTarget(LrsSql.uuid(rs, "organisation_id"), rs.getString("endpoint"),
					rs.getString("username"), version(rs.getString("xapi_version")), rs.getBoolean("enabled"),
					LrsSql.instant(rs, "updated_at"), rs.getInt("attempts"), LrsSql.instant(rs, "next_attempt_at"),
					rs.getString("last_error"), LrsSql.instant(rs, "last_forwarded_at"), rs.getLong("pending"),
					rs.getLong("rejected")))
			.optional();
	}

	/** Saves the target; a new password only when given. A saved target starts without backoff. */
	void save(UUID organisationId, String endpoint, String username, @Nullable String password, XapiVersion version,
			boolean enabled, UUID updatedBy, Instant now) {
		int updated = jdbc.sql("""
				UPDATE learning_forwarding SET endpoint = :endpoint, username = :username,
				  password = COALESCE(:password, password), xapi_version = :version, enabled = :enabled,
				  updated_by = :by, updated_at = :now, attempts = 0, next_attempt_at = NULL
				WHERE organisation_id = :org""")
			.param("org", organisationId)
			.param("endpoint", endpoint)
			.param("username", username)
			.param("password", password, java.sql.Types.VARCHAR)
			.param("version", version.header())
			.param("enabled", enabled)
			.param("by", updatedBy)
			.param("now", LrsSql.ts(now))
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO learning_forwarding (organisation_id, endpoint, username, password, xapi_version, enabled,
					  updated_by, updated_at, attempts) VALUES (:org, :endpoint, :username, :password, :version, :enabled,
					  :by, :now, 0)""")
				.param("org", organisationId)
				.param("endpoint", endpoint)
				.param("username", username)
				.param("password", password == null ? "" : password)
				.param("version", version.header())
				.param("enabled", enabled)
				.param("by", updatedBy)
				.param("now", LrsSql.ts(now))
				.update();
		}
	}

	/** Removes the target and whatever was still queued for it. */
	boolean delete(UUID organisationId) {
		jdbc.sql("DELETE FROM learning_forward_queue WHERE organisation_id = ?").param(organisationId).update();
		return jdbc.sql("DELETE FROM learning_forwarding WHERE organisation_id = ?").param(organisationId).update() > 0;
	}

	/** The enabled targets whose backoff has passed and that have statements waiting. */
	List<Target> due(Instant now) {
		return jdbc.sql("""
				SELECT f.* FROM learning_forwarding f WHERE f.enabled = TRUE
				AND (f.next_attempt_at IS NULL OR f.next_attempt_at <= :now)
				AND EXISTS (SELECT 1 FROM learning_forward_queue q WHERE q.organisation_id = f.organisation_id
				  AND q.rejected_at IS NULL)
				ORDER BY f.organisation_id""")
			.param("now", LrsSql.ts(now))
			.query((rs, n) -> new Target(LrsSql.uuid(rs, "organisation_id"), rs.getString("endpoint"),
					rs.getString("username"), rs.getString("password"), version(rs.getString("xapi_version")),
					rs.getInt("attempts")))
			.list();
	}

	/** The oldest statements waiting for this organisation, in the order they were stored. */
	List<Queued> pending(UUID organisationId, int limit) {
		return jdbc.sql("""
				SELECT q.seq, s.statement_json FROM learning_forward_queue q
				JOIN learning_statement s ON s.seq = q.seq
				WHERE q.organisation_id = :org AND q.rejected_at IS NULL ORDER BY q.seq LIMIT :limit""")
			.param("org", organisationId)
			.param("limit", limit)
			.query((rs, n) -> new Queued(rs.getLong("seq"), rs.getString("statement_json")))
			.list();
	}

	void forwarded(UUID organisationId, Collection<Long> seqs, Instant now) {
		jdbc.sql("DELETE FROM learning_forward_queue WHERE organisation_id = :org AND seq IN (:seqs)")
			.param("org", organisationId)
			.param("seqs", seqs)
			.update();
		jdbc.sql("""
				UPDATE learning_forwarding SET attempts = 0, next_attempt_at = NULL, last_error = NULL,
				  last_forwarded_at = :now WHERE organisation_id = :org""")
			.param("org", organisationId)
			.param("now", LrsSql.ts(now))
			.update();
	}

	void rejected(long seq, String rejection, Instant now) {
		jdbc.sql("UPDATE learning_forward_queue SET rejected_at = :now, rejection = :rejection WHERE seq = :seq")
			.param("seq", seq)
			.param("now", LrsSql.ts(now))
			.param("rejection", clip(rejection))
			.update();
	}

	void failed(UUID organisationId, int attempts, Instant nextAttempt, String error) {
		jdbc.sql("""
				UPDATE learning_forwarding SET attempts = :attempts, next_attempt_at = :next, last_error = :error
				WHERE organisation_id = :org""")
			.param("org", organisationId)
			.param("attempts", attempts)
			.param("next", LrsSql.ts(nextAttempt))
			.param("error", clip(error))
			.update();
	}

	private static String clip(String text) {
		return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
	}

	private static XapiVersion version(String header) {
		return XapiVersion.ofHeader(header).orElse(XapiVersion.V2_0_0);
	}

}
