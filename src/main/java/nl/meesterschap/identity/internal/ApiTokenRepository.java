package nl.meesterschap.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

	private static final RowMapper<ApiToken> ROW = (rs, n) -> new ApiToken(Sql.uuid(rs, "id"),
			Sql.uuid(rs, "person_id"), rs.getString("name"), rs.getString("hint"), Sql.instant(rs, "created_at"),
			Sql.instant(rs, "last_used_at"), Sql.instant(rs, "revoked_at"));

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ApiToken token, String tokenHash) {
		jdbc.sql("""
				INSERT INTO identity_api_token (id, person_id, name, token_hash, hint, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(token.id(), token.personId(), token.name(), tokenHash, token.hint(), Sql.ts(token.createdAt()))
			.update();
	}

	Optional<ApiToken> findActiveByHash(String tokenHash) {
		return jdbc.sql("SELECT * FROM identity_api_token WHERE token_hash = ? AND revoked_at IS NULL")
			.param(tokenHash)
			.query(ROW)
			.optional();
	}

	List<ApiToken> ofPerson(UUID personId) {
		return jdbc.sql("SELECT * FROM identity_api_token WHERE person_id = ? ORDER BY created_at DESC")
			.param(personId)
			.query(ROW)
			.list();
	}

	/** Revokes a token of this person; false when the person has no such active token. */
	boolean revoke(UUID personId, UUID tokenId, Instant now) {
		return jdbc.sql("""
				UPDATE identity_api_token SET revoked_at = ?
				WHERE id = ? AND person_id = ? AND revoked_at IS NULL""")
			.params(Sql.ts(now), tokenId, personId)
			.update() > 0;
	}

	void touch(UUID tokenId, Instant now) {
		jdbc.sql("UPDATE identity_api_token SET last_used_at = ? WHERE id = ?").params(Sql.ts(now), tokenId).update();
	}

}
