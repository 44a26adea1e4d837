package nl.meesterschap.learning.statements;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attachment contents by SHA-2 hash, per organisation (learning_attachment). */
@Repository
class AttachmentStore {

	private final JdbcClient jdbc;

	AttachmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(UUID organisationId, Attachment attachment) {
		jdbc.sql("""
				INSERT INTO learning_attachment (organisation_id, sha2, content_type, content)
				SELECT :org, :sha2, :type, :content WHERE NOT EXISTS
				  (SELECT 1 FROM learning_attachment WHERE organisation_id = :org AND sha2 = :sha2)""")
			.param("org", organisationId)
			.param("sha2", attachment.sha2())
			.param("type", attachment.contentType())
			.param("content", attachment.content())
			.update();
	}

	Map<String, Attachment> find(UUID organisationId, Collection<String> hashes) {
		Map<String, Attachment> found = new LinkedHashMap<>();
		if (!hashes.isEmpty()) {
			jdbc.sql("SELECT sha2, content_type, content FROM learning_attachment WHERE organisation_id = :org "
					+ "AND sha2 IN (:hashes)")
				.param("org", organisationId)
				.param("hashes", hashes)
				.query(rs -> {
					found.put(rs.getString("sha2"),
							new Attachment(rs.getString("sha2"), rs.getString("content_type"), rs.getBytes("content")));
				});
		}
		return found;
	}

}
