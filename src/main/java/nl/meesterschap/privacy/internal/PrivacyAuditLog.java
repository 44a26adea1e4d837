package nl.meesterschap.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.PrivacySubject;

/** Who decided what about personal data, and when; read by the privacy officer. */
@Component
public class PrivacyAuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	PrivacyAuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(UUID organisationId, UUID actorId, String action, PrivacySubject subject, FindingType type,
			@Nullable String detail) {
		jdbc.sql("""
				INSERT INTO privacy_audit_entry (id, organisation_id, actor_id, action, subject_kind, subject_id,
				  finding_type, detail, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), organisationId, actorId, action, subject.kind(), subject.id(), type.name(), detail,
					clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	public List<Entry> latest(UUID organisationId, int limit) {
		return jdbc.sql("""
				SELECT * FROM privacy_audit_entry WHERE organisation_id = ? ORDER BY created_at DESC LIMIT ?""")
			.params(organisationId, limit)
			.query((rs, n) -> new Entry(rs.getObject("actor_id", UUID.class), rs.getString("action"),
					rs.getString("subject_kind"), rs.getObject("subject_id", UUID.class),
					FindingType.valueOf(rs.getString("finding_type")), rs.getString("detail"),
					rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	/** One audited decision. */
	public record Entry(UUID actorId, String action, String subjectKind, UUID subjectId, FindingType findingType,
			@Nullable String detail, Instant at) {
	}

}
