package nl.meesterschap.conversation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.conversation.ReactionCounts;
import nl.meesterschap.conversation.ReactionKind;

@Repository
class ReactionRepository {

	private final JdbcClient jdbc;

	ReactionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the reaction; false when this person already gave it. */
	boolean add(String targetKind, UUID targetId, UUID personId, ReactionKind kind, Instant at) {
		boolean exists = jdbc.sql("""
				SELECT COUNT(*) FROM conversation_reaction
				WHERE target_kind = ? AND target_id = ? AND person_id = ? AND kind = ?""")
			.params(targetKind, targetId, personId, kind.name())
			.query(Long.class)
			.single() > 0;
		if (exists) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO conversation_reaction (target_kind, target_id, person_id, kind, created_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(targetKind, targetId, personId, kind.name(), Db.ts(at))
			.update();
		return true;
	}

	boolean remove(String targetKind, UUID targetId, UUID personId, ReactionKind kind) {
		return jdbc.sql("""
				DELETE FROM conversation_reaction WHERE target_kind = ? AND target_id = ? AND person_id = ? AND kind = ?""")
			.params(targetKind, targetId, personId, kind.name())
			.update() > 0;
	}

	/** Counts per target for these targets of one kind, with the viewer's own reactions. */
	Map<UUID, ReactionCounts> counts(String targetKind, Collection<UUID> targetIds, UUID viewerId) {
		Map<UUID, int[]> counts = new HashMap<>();
		Set<String> own = new HashSet<>();
		if (targetIds.isEmpty()) {
			return Map.of();
		}
		jdbc.sql("""
				SELECT target_id, person_id, kind FROM conversation_reaction
				WHERE target_kind = :kind AND target_id IN (:ids)""")
			.param("kind", targetKind)
			.param("ids", targetIds)
			.query(rs -> {
				UUID target = rs.getObject("target_id", UUID.class);
				ReactionKind kind = ReactionKind.valueOf(rs.getString("kind"));
				counts.computeIfAbsent(target, t -> new int[2])[kind.ordinal()]++;
				if (rs.getObject("person_id", UUID.class).equals(viewerId)) {
					own.add(target + kind.name());
				}
			});
		Map<UUID, ReactionCounts> result = new HashMap<>();
		for (UUID id : targetIds) {
			int[] c = counts.getOrDefault(id, new int[2]);
			result.put(id, new ReactionCounts(c[0], c[1], own.contains(id + "RECOGNISE"), own.contains(id + "INSTRUCTIVE")));
		}
		return result;
	}

}
