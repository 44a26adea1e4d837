package nl.meesterschap.learning.documents;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.learning.statements.LrsSql;
import nl.meesterschap.learning.statements.MatchKey;

/**
 * learning_document. An address's activity and agent are stored as organisation-scoped hashes; absent parts as the
 * nil UUID or an empty registration, so one unique key covers all three kinds on both databases.
 */
@Repository
class DocumentStore {

	private static final UUID NONE = new UUID(0, 0);

	private static final RowMapper<Document> ROW = (rs, n) -> new Document(rs.getString("document_id"),
			rs.getString("content_type"), rs.getBytes("content"), rs.getString("etag"),
			LrsSql.instant(rs, "updated_at"));

	private final JdbcClient jdbc;

	DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Document> find(UUID organisationId, DocumentAddress address, String id) {
		return jdbc.sql("SELECT * FROM learning_document WHERE " + where(true) + " AND document_key = :doc")
			.params(params(organisationId, address))
			.param("registration", registration(address))
			.param("doc", MatchKey.hash(organisationId, id))
			.query(ROW)
			.optional();
	}

	/** The ids at this address changed after {@code since}; a state address without registration means any. */
	List<String> ids(UUID organisationId, DocumentAddress address, @Nullable Instant since) {
		boolean exactRegistration = address.kind() != DocumentKind.STATE || address.registration() != null;
		var spec = jdbc
			.sql("SELECT document_id FROM learning_document WHERE " + where(exactRegistration)
					+ (since == null ? "" : " AND updated_at > :since") + " ORDER BY updated_at, document_id")
			.params(params(organisationId, address));
		if (exactRegistration) {
			spec = spec.param("registration", registration(address));
		}
		if (since != null) {
			spec = spec.param("since", LrsSql.ts(since));
		}
		return spec.query(String.class).list();
	}

	void insert(UUID organisationId, DocumentAddress address, Document document) {
		jdbc.sql("""
				INSERT INTO learning_document (organisation_id, kind, activity_key, agent_key, registration,
				  document_key, document_id, content_type, content, etag, updated_at)
				VALUES (:org, :kind, :activity, :agent, :registration, :doc, :id, :type, :content, :etag, :updated)""")
			.params(params(organisationId, address))
			.param("registration", registration(address))
			.param("doc", MatchKey.hash(organisationId, document.id()))
			.param("id", document.id())
			.param("type", document.contentType())
			.param("content", document.content())
			.param("etag", document.etag())
			.param("updated", LrsSql.ts(document.updated()))
			.update();
	}

	/**
	 * Replaces the document if it still has the ETag {@code expected} (or whatever it has, when null); false when
	 * another request changed or deleted it in the meantime.
	 */
	boolean update(UUID organisationId, DocumentAddress address, Document document, @Nullable String expected) {
		return jdbc.sql("UPDATE learning_document SET content_type = :type, content = :content, etag = :etag, "
				+ "updated_at = :updated WHERE " + where(true) + " AND document_key = :doc"
				+ (expected == null ? "" : " AND etag = :expected"))
			.params(params(organisationId, address))
			.param("registration", registration(address))
			.param("doc", MatchKey.hash(organisationId, document.id()))
			.param("type", document.contentType())
			.param("content", document.content())
			.param("etag", document.etag())
			.param("updated", LrsSql.ts(document.updated()))
			.param("expected", expected == null ? "" : expected)
			.update() > 0;
	}

	void delete(UUID organisationId, DocumentAddress address, String id) {
		jdbc.sql("DELETE FROM learning_document WHERE " + where(true) + " AND document_key = :doc")
			.params(params(organisationId, address))
			.param("registration", registration(address))
			.param("doc", MatchKey.hash(organisationId, id))
			.update();
	}

	/** Deletes every document at the address (for states without registration: of every registration). */
	void deleteAll(UUID organisationId, DocumentAddress address) {
		boolean exactRegistration = address.registration() != null;
		var spec = jdbc.sql("DELETE FROM learning_document WHERE " + where(exactRegistration))
			.params(params(organisationId, address));
		if (exactRegistration) {
			spec = spec.param("registration", registration(address));
		}
		spec.update();
	}

	private static String where(boolean withRegistration) {
		return "organisation_id = :org AND kind = :kind AND activity_key = :activity AND agent_key = :agent"
				+ (withRegistration ? " AND registration = :registration" : "");
	}

	private static Map<String, Object> params(UUID organisationId, DocumentAddress address) {
		return Map.of("org", organisationId, "kind", address.kind().name(), "activity",
				address.activityId() == null ? NONE : MatchKey.hash(organisationId, "activity|" + address.activityId()),
				"agent", address.agentIfi() == null ? NONE : MatchKey.hash(organisationId, "agent|" + address.agentIfi()));
	}

	private static String registration(DocumentAddress address) {
		return address.registration() == null ? "" : address.registration().toString();
	}

}
