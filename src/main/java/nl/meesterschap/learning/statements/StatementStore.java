package nl.meesterschap.learning.statements;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The statements table and its query index (learning_statement, learning_statement_key). */
@Repository
class StatementStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	StatementStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A statement to insert, with its index keys (already hashed for its organisation). */
	record NewStatement(UUID id, Instant stored, boolean voiding, UUID refTarget, String json, String receivedJson,
			UUID verbKey, List<UUID> keys) {
	}

	Map<UUID, String> receivedJsonOf(UUID organisationId, Collection<UUID> ids) {
		Map<UUID, String> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		jdbc.sql("SELECT statement_id, received_json FROM learning_statement WHERE organisation_id = :org "
				+ "AND statement_id IN (:ids)")
			.param("org", organisationId)
			.param("ids", ids)
			.query(rs -> {
				found.put(LrsSql.uuid(rs, "statement_id"), rs.getString("received_json"));
			});
		return found;
	}

	/** Inserts the statements in one batch and returns their sequence numbers, in order. */
	long[] insert(UUID organisationId, List<NewStatement> statements) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		template.batchUpdate(connection -> connection.prepareStatement("""
				INSERT INTO learning_statement (organisation_id, statement_id, stored, voided, voiding, ref_target,
				  statement_json, received_json) VALUES (?, ?, ?, FALSE, ?, ?, ?, ?)""", new String[] { "seq" }),
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						NewStatement s = statements.get(i);
						ps.setObject(1, organisationId);
						ps.setObject(2, s.id());
						ps.setObject(3, LrsSql.ts(s.stored()));
						ps.setBoolean(4, s.voiding());
						ps.setObject(5, s.refTarget());
						ps.setString(6, s.json());
						ps.setString(7, s.receivedJson());
					}

					@Override
					public int getBatchSize() {
						return statements.size();
					}
				}, keys);
		List<Map<String, Object>> rows = keys.getKeyList();
		long[] seqs = new long[rows.size()];
		for (int i = 0; i < seqs.length; i++) {
			seqs[i] = ((Number) rows.get(i).values().iterator().next()).longValue();
		}
		insertKeys(statements, seqs);
		queueForForwarding(organisationId, seqs);
		return seqs;
	}

	/**
	 * When the organisation forwards its statements to another LRS, queues the new ones (learning_forward_queue) in
	 * this transaction: stored and queued, or neither.
	 */
	private void queueForForwarding(UUID organisationId, long[] seqs) {
		List<Long> all = new ArrayList<>(seqs.length);
		for (long seq : seqs) {
			all.add(seq);
		}
		jdbc.sql("""
				INSERT INTO learning_forward_queue (seq, organisation_id, queued_at)
				SELECT s.seq, s.organisation_id, s.stored FROM learning_statement s
				WHERE s.seq IN (:seqs) AND EXISTS (SELECT 1 FROM learning_forwarding f
				  WHERE f.organisation_id = :org AND f.enabled = TRUE)""")
			.param("seqs", all)
			.param("org", organisationId)
			.update();
	}

	private void insertKeys(List<NewStatement> statements, long[] seqs) {
		record Row(long seq, UUID key, UUID verb, Instant stored) {
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < seqs.length; i++) {
			NewStatement s = statements.get(i);
			for (UUID key : s.keys()) {
				rows.add(new Row(seqs[i], key, s.verbKey(), s.stored()));
			}
		}
		template.batchUpdate("""
				INSERT INTO learning_statement_key (seq, source_seq, match_key, verb_key, stored)
				VALUES (?, ?, ?, ?, ?)""", rows, 500, (ps, row) -> {
			ps.setLong(1, row.seq());
			ps.setLong(2, row.seq());
			ps.setObject(3, row.key());
			ps.setObject(4, row.verb());
			ps.setObject(5, LrsSql.ts(row.stored()));
		});
	}

	/** Marks the targets of voiding statements voided; a voiding statement itself cannot be voided. */
	void voidStatements(UUID organisationId, Collection<UUID> targets) {
		if (!targets.isEmpty()) {
			jdbc.sql("UPDATE learning_statement SET voided = TRUE WHERE organisation_id = :org "
					+ "AND statement_id IN (:ids) AND voiding = FALSE")
				.param("org", organisationId)
				.param("ids", targets)
				.update();
		}
	}

	/** Of these statements, the ones an already stored voiding statement names as its target. */
	List<UUID> alreadyVoided(UUID organisationId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT ref_target FROM learning_statement WHERE organisation_id = :org AND voiding = TRUE "
				+ "AND ref_target IN (:ids)")
			.param("org", organisationId)
			.param("ids", ids)
			.query((rs, n) -> LrsSql.uuid(rs, "ref_target"))
			.list();
	}

	/** A statement that targets another with a StatementRef object. */
	record Reference(long seq, Instant stored, UUID target, UUID id) {
	}

	/** The statements whose object is a StatementRef to one of these ids. */
	List<Reference> referencing(UUID organisationId, Collection<UUID> targets) {
		if (targets.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT seq, stored, ref_target, statement_id FROM learning_statement WHERE organisation_id = :org "
				+ "AND ref_target IN (:ids)")
			.param("org", organisationId)
			.param("ids", targets)
			.query((rs, n) -> new Reference(rs.getLong("seq"), LrsSql.instant(rs, "stored"), LrsSql.uuid(rs, "ref_target"),
					LrsSql.uuid(rs, "statement_id")))
			.list();
	}

	Map<UUID, Long> seqsOf(UUID organisationId, Collection<UUID> ids) {
		Map<UUID, Long> seqs = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("SELECT statement_id, seq FROM learning_statement WHERE organisation_id = :org "
					+ "AND statement_id IN (:ids)")
				.param("org", organisationId)
				.param("ids", ids)
				.query(rs -> {
					seqs.put(LrsSql.uuid(rs, "statement_id"), rs.getLong("seq"));
				});
		}
		return seqs;
	}

	/**
	 * Gives a referencing statement the index rows of the statement it targets (keeping their source), so it is
	 * found by whatever finds its target. Returns the number of rows it did not have yet.
	 */
	int inheritKeys(long targetSeq, Reference referencing) {
		return jdbc.sql("""
				INSERT INTO learning_statement_key (seq, source_seq, match_key, verb_key, stored)
				SELECT :to, k.source_seq, k.match_key, k.verb_key, :stored FROM learning_statement_key k
				WHERE k.seq = :from AND NOT EXISTS (SELECT 1 FROM learning_statement_key x
				  WHERE x.seq = :to AND x.source_seq = k.source_seq AND x.match_key = k.match_key)""")
			.param("to", referencing.seq())
			.param("stored", LrsSql.ts(referencing.stored()))
			.param("from", targetSeq)
			.update();
	}

	Optional<StoredStatement> find(UUID organisationId, UUID id) {
		return jdbc.sql("SELECT seq, statement_id, stored, voided, statement_json FROM learning_statement "
				+ "WHERE organisation_id = :org AND statement_id = :id")
			.param("org", organisationId)
			.param("id", id)
			.query((rs, n) -> new StoredStatement(rs.getLong("seq"), LrsSql.uuid(rs, "statement_id"),
					LrsSql.instant(rs, "stored"), rs.getBoolean("voided"), rs.getString("statement_json")))
			.optional();
	}

}
