package nl.meesterschap.signals.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.signals.SignalStatus;

/** The official answer loop: each status change with its public response. */
@Repository
class StatusChangeRepository {

	private final JdbcClient jdbc;

	StatusChangeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StatusChange c) {
		jdbc.sql("""
				INSERT INTO signal_status_change (id, signal_id, from_status, to_status, response, changed_by, changed_at,
				  koers_version, principle_code)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.signalId(), c.from().name(), c.to().name(), c.response(), c.changedBy(),
					Db.ts(c.at()), c.koersVersion(), c.principleCode())
			.update();
	}

	boolean exists(UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM signal_status_change WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	List<StatusChange> ofSignal(UUID signalId) {
		return jdbc.sql("SELECT * FROM signal_status_change WHERE signal_id = ? ORDER BY changed_at, id")
			.param(signalId)
			.query((rs, n) -> new StatusChange(rs.getObject("id", UUID.class), rs.getObject("signal_id", UUID.class),
					SignalStatus.valueOf(rs.getString("from_status")), SignalStatus.valueOf(rs.getString("to_status")),
					rs.getString("response"), rs.getObject("changed_by", UUID.class), Db.instant(rs, "changed_at"),
					rs.getObject("koers_version") == null ? null : rs.getInt("koers_version"),
					rs.getString("principle_code")))
			.list();
	}

	/** One step in the answer loop, with the public response that came with it. */
	record StatusChange(UUID id, UUID signalId, SignalStatus from, SignalStatus to, String response, UUID changedBy,
			Instant at, @Nullable Integer koersVersion, @Nullable String principleCode) {
	}

}
