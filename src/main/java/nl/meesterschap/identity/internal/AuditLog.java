package nl.meesterschap.identity.internal;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who changed which account and when (invitations, roles, locks). */
@Component
class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(@Nullable UUID organisationId, @Nullable UUID actorId, String action, @Nullable UUID subjectId,
			@Nullable String detail) {
		jdbc.sql("""
				INSERT INTO identity_audit_entry (id, organisation_id, actor_id, action, subject_id, detail, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), organisationId, actorId, action, subjectId, detail, Sql.ts(clock.instant()))
			.update();
	}

}
