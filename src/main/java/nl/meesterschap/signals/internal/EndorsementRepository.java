package nl.meesterschap.signals.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who recognised which signal, from which organisation and teams. */
@Repository
class EndorsementRepository {

	private final JdbcClient jdbc;

	EndorsementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Endorsement e) {
		jdbc.sql("""
				INSERT INTO signal_endorsement (id, signal_id, person_id, organisation_id, created_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(e.id(), e.signalId(), e.personId(), e.organisationId(), Db.ts(e.createdAt()))
			.update();
		e.teamIds().forEach(team -> jdbc.sql("INSERT INTO signal_endorsement_team (endorsement_id, team_id) VALUES (?, ?)")
			.params(e.id(), team)
			.update());
	}

	Optional<Endorsement> find(UUID id) {
		return load("e.id = ?", id).stream().findFirst();
	}

	Optional<Endorsement> of(UUID signalId, UUID personId) {
		return load("e.signal_id = ? AND e.person_id = ?", signalId, personId).stream().findFirst();
	}

	List<Endorsement> ofSignal(UUID signalId) {
		return load("e.signal_id = ?", signalId);
	}

	/** The endorsements of these signals, by signal (signals without any are left out). */
	Map<UUID, List<Endorsement>> ofSignals(Collection<UUID> signalIds) {
		Map<UUID, List<Endorsement>> bySignal = new HashMap<>();
		for (UUID id : signalIds) {
			List<Endorsement> list = ofSignal(id);
			if (!list.isEmpty()) {
				bySignal.put(id, list);
			}
		}
		return bySignal;
	}

	void delete(UUID id) {
		jdbc.sql("DELETE FROM signal_endorsement WHERE id = ?").param(id).update();
	}

	/** The number of endorsements per signal (signals without any are left out). */
	Map<UUID, Integer> counts(Collection<UUID> signalIds) {
		Map<UUID, Integer> counts = new HashMap<>();
		if (signalIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("SELECT signal_id, COUNT(*) AS n FROM signal_endorsement WHERE signal_id IN (:ids) GROUP BY signal_id")
			.param("ids", signalIds)
			.query((rs, n) -> counts.put(rs.getObject("signal_id", UUID.class), rs.getInt("n")))
			.list();
		return counts;
	}

	private List<Endorsement> load(String where, Object... params) {
		Map<UUID, List<UUID>> teams = new HashMap<>();
		jdbc.sql("""
				SELECT t.endorsement_id, t.team_id FROM signal_endorsement_team t
				JOIN signal_endorsement e ON e.id = t.endorsement_id WHERE\s""" + where)
			.params(params)
			.query((rs, n) -> teams.computeIfAbsent(rs.getObject("endorsement_id", UUID.class), k -> new ArrayList<>())
				.add(rs.getObject("team_id", UUID.class)))
			.list();
		return jdbc.sql("SELECT e.* FROM signal_endorsement e WHERE " + where + " ORDER BY e.created_at, e.id")
			.params(params)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Endorsement(id, rs.getObject("signal_id", UUID.class), rs.getObject("person_id", UUID.class),
						rs.getObject("organisation_id", UUID.class), teams.getOrDefault(id, List.of()),
						Db.instant(rs, "created_at"));
			})
			.list();
	}

	/** One colleague's "ik herken dit", with the teams they were in at the time. */
	record Endorsement(UUID id, UUID signalId, UUID personId, UUID organisationId, List<UUID> teamIds,
			Instant createdAt) {

		Endorsement {
			teamIds = List.copyOf(teamIds);
		}

	}

}
