package nl.meesterschap.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.identity.Role;

@Repository
class PersonRepository {

	private static final RowMapper<PersonRow> ROW = (rs, n) -> new PersonRow(Sql.uuid(rs, "id"),
			Sql.uuid(rs, "organisation_id"), rs.getString("username"), rs.getString("email"),
			rs.getString("display_name"), rs.getString("job_title"), rs.getString("password_hash"),
			rs.getBoolean("enabled"), rs.getInt("failed_logins"), Sql.instant(rs, "locked_until"),
			rs.getString("preferred_locale"), Sql.instant(rs, "created_at"), Sql.instant(rs, "last_login_at"));

	private final JdbcClient jdbc;

	PersonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID create(UUID organisationId, String username, String email, String displayName, @Nullable String jobTitle,
			@Nullable String passwordHash, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO identity_person (id, organisation_id, username, email, display_name, job_title,
				  password_hash, enabled, failed_logins, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, 0, ?)""")
			.params(id, organisationId, username, email, displayName, jobTitle, passwordHash, Sql.ts(now))
			.update();
		return id;
	}

	Optional<PersonRow> find(UUID id) {
		return jdbc.sql("SELECT * FROM identity_person WHERE id = ?").param(id).query(ROW).optional();
	}

	/** Login accepts the user name or the e-mail address, in any letter case. */
	Optional<PersonRow> findByLogin(String login) {
		String normalized = login.trim().toLowerCase(java.util.Locale.ROOT);
		return jdbc.sql("SELECT * FROM identity_person WHERE username = ? OR LOWER(email) = ?")
			.params(normalized, normalized)
			.query(ROW)
			.optional();
	}

	List<PersonRow> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM identity_person WHERE id IN (:ids)").param("ids", ids).query(ROW).list();
	}

	List<PersonRow> ofOrganisation(UUID organisationId) {
		return jdbc.sql("SELECT * FROM identity_person WHERE organisation_id = ? ORDER BY display_name")
			.param(organisationId)
			.query(ROW)
			.list();
	}

	boolean usernameTaken(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM identity_person WHERE username = ?")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	boolean emailTaken(String email, @Nullable UUID except) {
		UUID other = except == null ? new UUID(0, 0) : except;
		return jdbc.sql("SELECT COUNT(*) FROM identity_person WHERE LOWER(email) = LOWER(?) AND id <> ?")
			.params(email, other)
			.query(Long.class)
			.single() > 0;
	}

	void updateProfile(UUID id, String displayName, String email, @Nullable String jobTitle) {
		jdbc.sql("UPDATE identity_person SET display_name = ?, email = ?, job_title = ? WHERE id = ?")
			.params(displayName, email, jobTitle, id)
			.update();
	}

	void setPassword(UUID id, String passwordHash) {
		jdbc.sql("UPDATE identity_person SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?")
			.params(passwordHash, id)
			.update();
	}

	void setEnabled(UUID id, boolean enabled) {
		jdbc.sql("UPDATE identity_person SET enabled = ? WHERE id = ?").params(enabled, id).update();
	}

	void setPreferredLocale(UUID id, @Nullable String locale) {
		jdbc.sql("UPDATE identity_person SET preferred_locale = ? WHERE id = ?").params(locale, id).update();
	}

	/** Counts a failed login; returns the new count. */
	int recordFailedLogin(UUID id) {
		jdbc.sql("UPDATE identity_person SET failed_logins = failed_logins + 1 WHERE id = ?").param(id).update();
		return jdbc.sql("SELECT failed_logins FROM identity_person WHERE id = ?").param(id).query(Integer.class).single();
	}

	void lockUntil(UUID id, Instant until) {
		jdbc.sql("UPDATE identity_person SET locked_until = ?, failed_logins = 0 WHERE id = ?")
			.params(Sql.ts(until), id)
			.update();
	}

	void unlock(UUID id) {
		jdbc.sql("UPDATE identity_person SET locked_until = NULL, failed_logins = 0 WHERE id = ?").param(id).update();
	}

	void recordSuccessfulLogin(UUID id, Instant now) {
		jdbc.sql("UPDATE identity_person SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE id = ?")
			.params(Sql.ts(now), id)
			.update();
	}

	Map<UUID, Set<Role>> roles(UUID personId) {
		Map<UUID, Set<Role>> roles = new HashMap<>();
		jdbc.sql("SELECT organisation_id, role FROM identity_role_assignment WHERE person_id = ?")
			.param(personId)
			.query(rs -> {
				roles.computeIfAbsent(Sql.uuid(rs, "organisation_id"), k -> EnumSet.noneOf(Role.class))
					.add(Role.valueOf(rs.getString("role")));
			});
		return roles;
	}

	void setRoles(UUID personId, UUID organisationId, Set<Role> roles) {
		jdbc.sql("DELETE FROM identity_role_assignment WHERE person_id = ? AND organisation_id = ?")
			.params(personId, organisationId)
			.update();
		roles.forEach(role -> jdbc.sql("""
				INSERT INTO identity_role_assignment (person_id, organisation_id, role) VALUES (?, ?, ?)""")
			.params(personId, organisationId, role.name())
			.update());
	}

}
