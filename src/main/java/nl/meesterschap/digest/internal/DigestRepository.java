package nl.meesterschap.digest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.policy.Domain;

/** The tables {@code digest_digest} and {@code digest_subscription}. */
@Repository
class DigestRepository {

	private final JdbcClient jdbc;

	DigestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Digest d) {
		jdbc.sql("""
				INSERT INTO digest_digest (id, theme, scope_key, organisation_id, domain, scope_id, name, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), d.theme().name(), Digest.scopeKey(d.theme(), d.organisationId(), d.domain(), d.scopeId()),
					d.organisationId(), d.domain() == null ? null : d.domain().name(), d.scopeId(), d.name(),
					Db.ts(d.createdAt()))
			.update();
	}

	Optional<Digest> find(UUID id) {
		return jdbc.sql("SELECT * FROM digest_digest WHERE id = ?").param(id).query(DigestRepository::digest).optional();
	}

	Optional<Digest> find(Theme theme, @Nullable UUID organisationId, @Nullable Domain domain, @Nullable UUID scopeId) {
		return jdbc.sql("SELECT * FROM digest_digest WHERE theme = ? AND scope_key = ?")
			.params(theme.name(), Digest.scopeKey(theme, organisationId, domain, scopeId))
			.query(DigestRepository::digest)
			.optional();
	}

	/** The digests an organisation edits (general, domains, networks it owns), general first. */
	List<Digest> ofOrganisation(UUID organisationId) {
		return jdbc.sql("""
				SELECT * FROM digest_digest WHERE organisation_id = ?
				ORDER BY CASE theme WHEN 'GENERAL' THEN 0 WHEN 'DOMAIN' THEN 1 WHEN 'NETWORK' THEN 2 ELSE 3 END, name""")
			.param(organisationId)
			.query(DigestRepository::digest)
			.list();
	}

	List<Digest> all() {
		return jdbc.sql("SELECT * FROM digest_digest ORDER BY created_at, id").query(DigestRepository::digest).list();
	}

	void rename(UUID id, String name) {
		jdbc.sql("UPDATE digest_digest SET name = ? WHERE id = ?").params(name, id).update();
	}

	// subscriptions

	Optional<Subscription> subscription(UUID id) {
		return jdbc.sql("SELECT * FROM digest_subscription WHERE id = ?")
			.param(id)
			.query(DigestRepository::subscription)
			.optional();
	}

	Optional<Subscription> subscription(UUID digestId, UUID personId) {
		return jdbc.sql("SELECT * FROM digest_subscription WHERE digest_id = ? AND person_id = ?")
			.params(digestId, personId)
			.query(DigestRepository::subscription)
			.optional();
	}

	/** This person's choices, by digest id. */
	Map<UUID, Subscription> subscriptionsOf(UUID personId) {
		Map<UUID, Subscription> byDigest = new HashMap<>();
		jdbc.sql("SELECT * FROM digest_subscription WHERE person_id = ?")
			.param(personId)
			.query(DigestRepository::subscription)
			.list()
			.forEach(s -> byDigest.put(s.digestId(), s));
		return byDigest;
	}

	/** Every choice made for a digest (active or not), by person id. */
	Map<UUID, Subscription> subscriptionsTo(UUID digestId) {
		Map<UUID, Subscription> byPerson = new HashMap<>();
		jdbc.sql("SELECT * FROM digest_subscription WHERE digest_id = ?")
			.param(digestId)
			.query(DigestRepository::subscription)
			.list()
			.forEach(s -> byPerson.put(s.personId(), s));
		return byPerson;
	}

	/** Saves a choice (insert or update), keyed by digest and person. */
	void save(Subscription s) {
		int updated = jdbc.sql("""
				UPDATE digest_subscription SET frequency = ?, active = ?, changed_at = ? WHERE digest_id = ? AND person_id = ?""")
			.params(s.frequency().name(), s.active(), Db.ts(s.changedAt()), s.digestId(), s.personId())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO digest_subscription (id, digest_id, person_id, frequency, active, changed_at)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(s.id(), s.digestId(), s.personId(), s.frequency().name(), s.active(), Db.ts(s.changedAt()))
				.update();
		}
	}

	int countActive(Collection<UUID> digestIds) {
		if (digestIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("SELECT COUNT(*) FROM digest_subscription WHERE active = TRUE AND digest_id IN (:ids)")
			.param("ids", digestIds)
			.query(Integer.class)
			.single();
	}

	private static Digest digest(ResultSet rs, int n) throws SQLException {
		String domain = rs.getString("domain");
		return new Digest(Db.uuid(rs, "id"), Theme.valueOf(rs.getString("theme")), Db.uuid(rs, "organisation_id"),
				domain == null ? null : Domain.valueOf(domain), Db.uuid(rs, "scope_id"), rs.getString("name"),
				Db.instant(rs, "created_at"));
	}

	private static Subscription subscription(ResultSet rs, int n) throws SQLException {
		return new Subscription(Db.uuid(rs, "id"), Db.uuid(rs, "digest_id"), Db.uuid(rs, "person_id"),
				Frequency.valueOf(rs.getString("frequency")), rs.getBoolean("active"), Db.instant(rs, "changed_at"));
	}

}
