package nl.meesterschap.signals.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.signals.SignalKind;
import nl.meesterschap.signals.SignalStatus;

/** Signals with their domains and principles. */
@Repository
class SignalRepository {

	private final JdbcClient jdbc;

	SignalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Signal s) {
		jdbc.sql("""
				INSERT INTO signal_signal (id, title, description, kind, raiser_id, raiser_organisation_id, circle_id,
				  anonymous, answering_organisation_id, audience_kind, audience_scope_id, audience_key, status, raised_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.id(), s.title(), s.description(), s.kind().name(), s.raiserId(), s.raiserOrganisationId(),
					s.circleId(), s.anonymous(), s.answeringOrganisationId(), s.audience().kind().name(),
					s.audience().scopeId(), s.audienceKey(), s.status().name(), Db.ts(s.raisedAt()))
			.update();
		s.domains().forEach(d -> jdbc.sql("INSERT INTO signal_domain (signal_id, domain) VALUES (?, ?)")
			.params(s.id(), d.name())
			.update());
		for (int i = 0; i < s.principles().size(); i++) {
			jdbc.sql("INSERT INTO signal_principle (signal_id, koers_organisation_id, code, position) VALUES (?, ?, ?, ?)")
				.params(s.id(), s.answeringOrganisationId(), s.principles().get(i), i)
				.update();
		}
	}

	boolean exists(UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM signal_signal WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM signal_signal").query(Long.class).single() == 0;
	}

	Optional<Signal> find(UUID id) {
		return load(List.of(id)).stream().findFirst();
	}

	/** The signals with these ids, in the given order; unknown ids are left out. */
	List<Signal> load(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Domain>> domains = new HashMap<>();
		jdbc.sql("SELECT signal_id, domain FROM signal_domain WHERE signal_id IN (:ids) ORDER BY domain")
			.param("ids", ids)
			.query((rs, n) -> domains.computeIfAbsent(rs.getObject("signal_id", UUID.class), k -> new ArrayList<>())
				.add(Domain.valueOf(rs.getString("domain"))))
			.list();
		Map<UUID, List<String>> principles = new HashMap<>();
		jdbc.sql("SELECT signal_id, code FROM signal_principle WHERE signal_id IN (:ids) ORDER BY position")
			.param("ids", ids)
			.query((rs, n) -> principles.computeIfAbsent(rs.getObject("signal_id", UUID.class), k -> new ArrayList<>())
				.add(rs.getString("code")))
			.list();
		Map<UUID, Signal> byId = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM signal_signal WHERE id IN (:ids)")
			.param("ids", ids)
			.query(row(domains, principles))
			.list()
			.forEach(s -> byId.put(s.id(), s));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	void changeStatus(UUID id, SignalStatus status, Instant at, @Nullable Integer adoptedVersion,
			@Nullable String adoptedPrinciple) {
		jdbc.sql("""
				UPDATE signal_signal SET status = ?, first_response_at = COALESCE(first_response_at, ?),
				  decided_at = ?, adopted_version = ?, adopted_principle = ?
				WHERE id = ?""")
			.params(status.name(), Db.ts(at), status.decided() ? Db.ts(at) : null, adoptedVersion, adoptedPrinciple, id)
			.update();
	}

	void setHidden(UUID id, boolean hidden) {
		jdbc.sql("UPDATE signal_signal SET hidden = ? WHERE id = ?").params(hidden, id).update();
	}

	/** Ids of signals that are not hidden, in id order after {@code after} (null: from the start). */
	List<UUID> visibleIdsAfter(@Nullable UUID after, int limit) {
		return (after == null
				? jdbc.sql("SELECT id FROM signal_signal WHERE hidden = FALSE ORDER BY id LIMIT ?").param(limit)
				: jdbc.sql("SELECT id FROM signal_signal WHERE hidden = FALSE AND id > ? ORDER BY id LIMIT ?").params(after, limit))
			.query((rs, n) -> rs.getObject("id", UUID.class))
			.list();
	}

	/** Signals without a first response raised before the cutoff that were not yet reminded about. */
	List<UUID> overdueNotReminded(Instant cutoff) {
		return jdbc.sql("""
				SELECT id FROM signal_signal WHERE first_response_at IS NULL AND overdue_reminded_at IS NULL
				  AND hidden = FALSE AND raised_at < ? ORDER BY raised_at""")
			.param(Db.ts(cutoff))
			.query((rs, n) -> rs.getObject("id", UUID.class))
			.list();
	}

	/** Marks the reminder as sent; false when another node (or run) already did. */
	boolean markReminded(UUID id, Instant at) {
		return jdbc.sql("UPDATE signal_signal SET overdue_reminded_at = ? WHERE id = ? AND overdue_reminded_at IS NULL")
			.params(Db.ts(at), id)
			.update() == 1;
	}

	/** Ids of signals adopted into this version of an organisation's koers, oldest decision first. */
	List<UUID> adoptedInto(UUID organisationId, int version) {
		return jdbc.sql("""
				SELECT id FROM signal_signal WHERE answering_organisation_id = ? AND adopted_version = ?
				  AND status = 'ADOPTED' AND hidden = FALSE ORDER BY decided_at, id""")
			.params(organisationId, version)
			.query((rs, n) -> rs.getObject("id", UUID.class))
			.list();
	}

	private static RowMapper<Signal> row(Map<UUID, List<Domain>> domains, Map<UUID, List<String>> principles) {
		return (rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			AudienceKind kind = AudienceKind.valueOf(rs.getString("audience_kind"));
			UUID scope = rs.getObject("audience_scope_id", UUID.class);
			Integer version = rs.getObject("adopted_version") == null ? null : rs.getInt("adopted_version");
			return new Signal(id, rs.getString("title"), rs.getString("description"),
					SignalKind.valueOf(rs.getString("kind")), rs.getObject("raiser_id", UUID.class),
					rs.getObject("raiser_organisation_id", UUID.class), rs.getObject("circle_id", UUID.class),
					rs.getBoolean("anonymous"), rs.getObject("answering_organisation_id", UUID.class),
					new Audience(kind, scope), SignalStatus.valueOf(rs.getString("status")),
					Db.instant(rs, "raised_at"), Db.instant(rs, "first_response_at"), Db.instant(rs, "decided_at"),
					version, rs.getString("adopted_principle"), rs.getBoolean("hidden"),
					domains.getOrDefault(id, List.of()), principles.getOrDefault(id, List.of()));
		};
	}

}
