package nl.meesterschap.learning.statements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.learning.statements.MatchKey.Kind;
import nl.meesterschap.learning.statements.StatementQuery.Position;

/**
 * Answers statement queries with keyset paging on (stored, seq). A query with an agent, activity, registration or
 * verb walks one range of the key index (agent and verb together are a single range); further filters must match
 * a key row of the same statement and the same source. Voided statements are left out, statements that target
 * them are not.
 */
@Repository
class StatementFinder {

	private final JdbcClient jdbc;

	StatementFinder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	StatementPage find(UUID organisationId, StatementQuery query) {
		List<UUID> keys = new ArrayList<>();
		if (query.agentIfi() != null) {
			keys.add(new MatchKey(query.relatedAgents() ? Kind.RELATED_AGENT : Kind.AGENT, query.agentIfi())
				.hash(organisationId));
		}
		if (query.activity() != null) {
			keys.add(new MatchKey(query.relatedActivities() ? Kind.RELATED_ACTIVITY : Kind.ACTIVITY, query.activity())
				.hash(organisationId));
		}
		if (query.registration() != null) {
			keys.add(new MatchKey(Kind.REGISTRATION, query.registration().toString()).hash(organisationId));
		}
		UUID verb = query.verb() == null ? null : new MatchKey(Kind.VERB, query.verb()).hash(organisationId);
		if (keys.isEmpty() && verb != null) {
			keys.add(verb);
			verb = null;
		}
		Map<Long, StoredStatement> found = new LinkedHashMap<>();
		Position position = query.after();
		int wanted = query.limit() + 1;
		while (found.size() < wanted) {
			int batch = wanted - found.size() + 4;
			List<StoredStatement> rows = keys.isEmpty() ? byTime(organisationId, query, position, batch)
					: byKeys(query, keys, verb, position, batch);
			rows.forEach(row -> found.putIfAbsent(row.seq(), row));
			if (rows.size() < batch) {
				break;
			}
			StoredStatement last = rows.get(rows.size() - 1);
			position = new Position(last.stored(), last.seq());
		}
		List<StoredStatement> statements = new ArrayList<>(found.values());
		if (statements.size() <= query.limit()) {
			return new StatementPage(statements, null);
		}
		List<StoredStatement> page = statements.subList(0, query.limit());
		StoredStatement last = page.get(page.size() - 1);
		return new StatementPage(List.copyOf(page), new Position(last.stored(), last.seq()));
	}

	private List<StoredStatement> byTime(UUID organisationId, StatementQuery query, Position after, int limit) {
		Sql sql = new Sql("s", query, after);
		return jdbc.sql("SELECT s.seq, s.statement_id, s.stored, s.voided, s.statement_json FROM learning_statement s "
				+ "WHERE s.organisation_id = :org AND s.voided = FALSE" + sql.range() + sql.order(limit))
			.param("org", organisationId)
			.params(sql.params())
			.query(StatementFinder::row)
			.list();
	}

	private List<StoredStatement> byKeys(StatementQuery query, List<UUID> keys, UUID verb, Position after, int limit) {
		Sql sql = new Sql("k", query, after);
		StringBuilder where = new StringBuilder(" WHERE k.match_key = :key0");
		sql.params().put("key0", keys.get(0));
		if (verb != null) {
			where.append(" AND k.verb_key = :verb");
			sql.params().put("verb", verb);
		}
		for (int i = 1; i < keys.size(); i++) {
			where.append(" AND EXISTS (SELECT 1 FROM learning_statement_key x").append(i)
				.append(" WHERE x").append(i).append(".seq = k.seq AND x").append(i)
				.append(".source_seq = k.source_seq AND x").append(i).append(".match_key = :key").append(i).append(')');
			sql.params().put("key" + i, keys.get(i));
		}
		// The match keys are hashes that include the organisation, so the key rows are the organisation's already;
		// leaving organisation_id out of this query leaves the planner only the key index to start from.
		return jdbc.sql("SELECT s.seq, s.statement_id, s.stored, s.voided, s.statement_json "
				+ "FROM learning_statement_key k JOIN learning_statement s ON s.seq = k.seq" + where
				+ " AND s.voided = FALSE" + sql.range() + sql.order(limit))
			.params(sql.params())
			.query(StatementFinder::row)
			.list();
	}

	private static StoredStatement row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new StoredStatement(rs.getLong("seq"), LrsSql.uuid(rs, "statement_id"), LrsSql.instant(rs, "stored"),
				rs.getBoolean("voided"), rs.getString("statement_json"));
	}

	/** The time range, keyset and order of a query, on the table alias that drives it. */
	private static final class Sql {

		private final String alias;

		private final StatementQuery query;

		private final Position after;

		private final Map<String, Object> params = new LinkedHashMap<>();

		Sql(String alias, StatementQuery query, Position after) {
			this.alias = alias;
			this.query = query;
			this.after = after;
		}

		Map<String, Object> params() {
			return params;
		}

		String range() {
			StringBuilder sql = new StringBuilder();
			if (query.since() != null) {
				sql.append(" AND ").append(alias).append(".stored > :since");
				params.put("since", LrsSql.ts(query.since()));
			}
			if (query.until() != null) {
				sql.append(" AND ").append(alias).append(".stored <= :until");
				params.put("until", LrsSql.ts(query.until()));
			}
			if (after != null) {
				String op = query.ascending() ? ">" : "<";
				sql.append(" AND ").append(alias).append(".stored ").append(op).append("= :afterStored AND (")
					.append(alias).append(".stored ").append(op).append(" :afterStored OR ")
					.append(alias).append(".seq ").append(op).append(" :afterSeq)");
				params.put("afterStored", LrsSql.ts(after.stored()));
				params.put("afterSeq", after.seq());
			}
			return sql.toString();
		}

		String order(int limit) {
			String direction = query.ascending() ? " ASC" : " DESC";
			return " ORDER BY " + alias + ".stored" + direction + ", " + alias + ".seq" + direction + " LIMIT " + limit;
		}

	}

}
