package nl.meesterschap.learning.credentials;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.learning.statements.LrsSql;
import nl.meesterschap.learning.statements.XapiVersion;

@Repository
class CredentialRepository {

	private static final RowMapper<LrsCredential> ROW = (rs, n) -> new LrsCredential(LrsSql.uuid(rs, "id"),
			LrsSql.uuid(rs, "organisation_id"), rs.getString("name"), rs.getString("client_key"),
			XapiVersion.ofHeader(rs.getString("xapi_version")).orElse(XapiVersion.V2_0_0), LrsSql.uuid(rs, "created_by"), LrsSql.instant(rs, "created_at"), LrsSql.instant(rs, "last_used_at"),
			LrsSql.instant(rs, "revoked_at"));

	private final JdbcClient jdbc;

	CredentialRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(LrsCredential credential, String secretHash) {
		jdbc.sql("""
				INSERT INTO learning_credential (id, organisation_id, name, client_key, secret_hash, xapi_version,
				  created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(credential.id(), credential.organisationId(), credential.name(), credential.key(), secretHash,
					credential.xapiVersion().header(), credential.createdBy(), LrsSql.ts(credential.createdAt()))
			.update();
	}

	/** The active credential with this key, and the hash of its secret. */
	Optional<Stored> findActive(String key) {
		return jdbc.sql("SELECT * FROM learning_credential WHERE client_key = ? AND revoked_at IS NULL")
			.param(key)
			.query((rs, n) -> new Stored(ROW.mapRow(rs, n), rs.getString("secret_hash")))
			.optional();
	}

	List<LrsCredential> ofOrganisation(UUID organisationId) {
		return jdbc.sql("SELECT * FROM learning_credential WHERE organisation_id = ? ORDER BY created_at DESC")
			.param(organisationId)
			.query(ROW)
			.list();
	}

	boolean revoke(UUID organisationId, UUID id, Instant now) {
		return jdbc.sql("UPDATE learning_credential SET revoked_at = ? WHERE id = ? AND organisation_id = ? "
				+ "AND revoked_at IS NULL")
			.params(LrsSql.ts(now), id, organisationId)
			.update() > 0;
	}

	void touch(UUID id, Instant now) {
		jdbc.sql("UPDATE learning_credential SET last_used_at = ? WHERE id = ?").params(LrsSql.ts(now), id).update();
	}

	record Stored(LrsCredential credential, String secretHash) {
	}

}
