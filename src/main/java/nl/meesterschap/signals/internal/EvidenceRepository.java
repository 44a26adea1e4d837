package nl.meesterschap.signals.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence attached to signals, by kind and id of the item in its own module. */
@Repository
class EvidenceRepository {

	private static final RowMapper<Evidence> ROW = (rs, n) -> new Evidence(rs.getObject("id", UUID.class),
			rs.getObject("signal_id", UUID.class), EvidenceKind.valueOf(rs.getString("kind")),
			rs.getObject("item_id", UUID.class), rs.getObject("added_by", UUID.class),
			rs.getObject("endorsement_id", UUID.class), Db.instant(rs, "added_at"));

	private final JdbcClient jdbc;

	EvidenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Evidence e) {
		jdbc.sql("""
				INSERT INTO signal_evidence (id, signal_id, kind, item_id, added_by, endorsement_id, added_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), e.signalId(), e.kind().name(), e.itemId(), e.addedBy(), e.endorsementId(),
					Db.ts(e.addedAt()))
			.update();
	}

	List<Evidence> ofSignal(UUID signalId) {
		return jdbc.sql("SELECT * FROM signal_evidence WHERE signal_id = ? ORDER BY added_at, id")
			.param(signalId)
			.query(ROW)
			.list();
	}

	/** Evidence rows pointing at one item (the signals a story supports). */
	List<Evidence> pointingAt(EvidenceKind kind, UUID itemId) {
		return jdbc.sql("SELECT * FROM signal_evidence WHERE kind = ? AND item_id = ? ORDER BY added_at, id")
			.params(kind.name(), itemId)
			.query(ROW)
			.list();
	}

	/** A story, session summary, ... that supports a signal; {@code endorsementId} when it came with one. */
	record Evidence(UUID id, UUID signalId, EvidenceKind kind, UUID itemId, UUID addedBy, @Nullable UUID endorsementId,
			Instant addedAt) {
	}

}
