package nl.meesterschap.privacy.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.privacy.FindingType;
import nl.meesterschap.privacy.PrivacySubject;

/** "Not personal data" decisions, per item, matched by type and text (case and spacing do not matter). */
@Repository
class WaiverRepository {

	private final JdbcClient jdbc;

	WaiverRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<Waived> of(PrivacySubject subject) {
		Set<Waived> waived = new HashSet<>();
		jdbc.sql("SELECT finding_type, finding_text FROM privacy_waiver WHERE subject_kind = ? AND subject_id = ?")
			.params(subject.kind(), subject.id())
			.query(rs -> {
				waived.add(new Waived(FindingType.valueOf(rs.getString("finding_type")), rs.getString("finding_text")));
			});
		return waived;
	}

	void add(PrivacySubject subject, FindingType type, String text, UUID personId, Instant now) {
		String normalized = normalize(text);
		if (of(subject).contains(new Waived(type, normalized))) {
			return;
		}
		jdbc.sql("""
				INSERT INTO privacy_waiver (id, subject_kind, subject_id, finding_type, finding_text, decided_by, decided_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), subject.kind(), subject.id(), type.name(), normalized, personId,
					now.atOffset(ZoneOffset.UTC))
			.update();
	}

	void deleteAll(PrivacySubject subject) {
		jdbc.sql("DELETE FROM privacy_waiver WHERE subject_kind = ? AND subject_id = ?")
			.params(subject.kind(), subject.id())
			.update();
	}

	static String normalize(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	record Waived(FindingType type, String text) {
	}

}
