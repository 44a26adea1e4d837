package nl.meesterschap.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvitationRepository {

	private static final RowMapper<Invitation> ROW = (rs, n) -> new Invitation(Sql.uuid(rs, "id"),
			Sql.uuid(rs, "person_id"), Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"),
			Sql.instant(rs, "accepted_at"), Sql.instant(rs, "revoked_at"));

	private final JdbcClient jdbc;

	InvitationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Invitation invitation, String tokenHash, UUID createdBy) {
		jdbc.sql("""
				INSERT INTO identity_invitation (id, person_id, token_hash, created_by, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(invitation.id(), invitation.personId(), tokenHash, createdBy, Sql.ts(invitation.createdAt()),
					Sql.ts(invitation.expiresAt()))
			.update();
	}

	Optional<Invitation> findByHash(String tokenHash) {
		return jdbc.sql("SELECT * FROM identity_invitation WHERE token_hash = ?").param(tokenHash).query(ROW).optional();
	}

	Optional<Invitation> latestOf(UUID personId) {
		return jdbc.sql("SELECT * FROM identity_invitation WHERE person_id = ? ORDER BY created_at DESC")
			.param(personId)
			.query(ROW)
			.stream()
			.findFirst();
	}

	void revokeOpen(UUID personId, Instant now) {
		jdbc.sql("""
				UPDATE identity_invitation SET revoked_at = ?
				WHERE person_id = ? AND accepted_at IS NULL AND revoked_at IS NULL""")
			.params(Sql.ts(now), personId)
			.update();
	}

	void markAccepted(UUID id, Instant now) {
		jdbc.sql("UPDATE identity_invitation SET accepted_at = ? WHERE id = ?").params(Sql.ts(now), id).update();
	}

	record Invitation(UUID id, UUID personId, Instant createdAt, Instant expiresAt, @Nullable Instant acceptedAt,
			@Nullable Instant revokedAt) {
	}

}
