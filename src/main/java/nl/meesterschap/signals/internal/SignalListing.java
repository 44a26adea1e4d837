package nl.meesterschap.signals.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.signals.SignalStatus;

/**
 * Pages of signals for one reader, with the access rule in SQL: their own signals, signals shared with one of
 * their audience keys, and those their organisation must answer; hidden signals only for their raiser.
 */
@Repository
class SignalListing {

	private final JdbcClient jdbc;

	private final SignalRepository signals;

	SignalListing(JdbcClient jdbc, SignalRepository signals) {
		this.jdbc = jdbc;
		this.signals = signals;
	}

	Page list(SignalQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		long total = jdbc.sql("SELECT COUNT(*) FROM signal_signal s WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("size", query.size());
		params.put("offset", (long) query.page() * query.size());
		List<UUID> ids = jdbc.sql("""
				SELECT s.id, s.raised_at, s.decided_at,
				  (SELECT COUNT(*) FROM signal_endorsement e WHERE e.signal_id = s.id) AS endorsements
				FROM signal_signal s WHERE %s ORDER BY %s LIMIT :size OFFSET :offset""".formatted(where, order(query)))
			.params(params)
			.query((rs, n) -> rs.getObject("id", UUID.class))
			.list();
		return new Page(signals.load(ids), total, query.page(), query.size());
	}

	private static String where(SignalQuery q, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("""
				(s.raiser_id = :me OR (s.hidden = FALSE AND (s.audience_key IN (:keys)
				  OR s.answering_organisation_id IN (:triaged))))""");
		params.put("me", q.reader().personId());
		params.put("keys", q.reader().keys());
		params.put("triaged", Db.ids(q.reader().triagedOrganisations()));
		if (!q.statuses().isEmpty()) {
			where.append(" AND s.status IN (:statuses)");
			params.put("statuses", q.statuses().stream().map(SignalStatus::name).toList());
		}
		if (q.domain() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM signal_domain d WHERE d.signal_id = s.id AND d.domain = :domain)");
			params.put("domain", q.domain().name());
		}
		if (q.kind() != null) {
			where.append(" AND s.kind = :kind");
			params.put("kind", q.kind().name());
		}
		if (q.principleCode() != null) {
			where.append(" AND (EXISTS (SELECT 1 FROM signal_principle p WHERE p.signal_id = s.id AND p.code = :code")
				.append(" AND p.koers_organisation_id = :koers)")
				.append(" OR (s.adopted_principle = :code AND s.answering_organisation_id = :koers))");
			params.put("code", q.principleCode());
			params.put("koers", q.koersOrganisationId() == null ? new UUID(0, 0) : q.koersOrganisationId());
		}
		if (q.overdueCutoff() != null) {
			where.append(" AND s.first_response_at IS NULL AND s.raised_at < :cutoff");
			params.put("cutoff", Db.ts(q.overdueCutoff()));
		}
		if (q.raisedBy() != null) {
			where.append(" AND s.raiser_id = :raiser");
			params.put("raiser", q.raisedBy());
		}
		if (q.answeringOrganisationId() != null) {
			where.append(" AND s.answering_organisation_id = :answering");
			params.put("answering", q.answeringOrganisationId());
		}
		if (q.decidedSince() != null) {
			where.append(" AND s.decided_at >= :decidedSince");
			params.put("decidedSince", Db.ts(q.decidedSince()));
		}
		if (q.activeSince() != null) {
			where.append(" AND (s.first_response_at >= :activeSince OR s.decided_at >= :activeSince)");
			params.put("activeSince", Db.ts(q.activeSince()));
		}
		return where.toString();
	}

	private static String order(SignalQuery q) {
		return switch (q.sort()) {
			case RECOGNITION -> "endorsements DESC, s.raised_at DESC, s.id";
			case NEWEST -> "s.raised_at DESC, s.id";
			case OLDEST -> "s.raised_at ASC, s.id";
			case DECIDED -> "s.decided_at DESC, s.id";
		};
	}

	/** One page of signals and how many there are in all. */
	record Page(List<Signal> signals, long total, int page, int size) {

		int pages() {
			return (int) ((total + size - 1) / size);
		}

	}

}
