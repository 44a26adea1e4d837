package nl.meesterschap.conversation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.conversation.ResponseKind;
import nl.meesterschap.conversation.ResponseView.State;
import nl.meesterschap.conversation.SubjectActivity;

@Repository
public class ResponseRepository {

	private static final RowMapper<ResponseRow> ROW = (rs, n) -> new ResponseRow(rs.getObject("id", UUID.class),
			rs.getString("subject_kind"), rs.getObject("subject_id", UUID.class), rs.getObject("parent_id", UUID.class),
			rs.getObject("author_id", UUID.class), rs.getObject("organisation_id", UUID.class),
			rs.getString("kind") == null ? null : ResponseKind.valueOf(rs.getString("kind")), rs.getString("body"),
			State.valueOf(rs.getString("status")), rs.getBoolean("helpful"), rs.getString("hidden_reason"),
			Db.instant(rs, "created_at"), Db.instant(rs, "edited_at"), rs.getInt("revision"));

	private final JdbcClient jdbc;

	ResponseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ResponseRow r) {
		jdbc.sql("""
				INSERT INTO conversation_response (id, subject_kind, subject_id, parent_id, author_id, organisation_id,
				  kind, body, status, helpful, created_at, revision)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(r.id(), r.subjectKind(), r.subjectId(), r.parentId(), r.authorId(), r.organisationId(),
					r.kind() == null ? null : r.kind().name(), r.body(), r.status().name(), r.helpful(),
					Db.ts(r.createdAt()))
			.update();
	}

	Optional<ResponseRow> find(UUID id) {
		return jdbc.sql("SELECT * FROM conversation_response WHERE id = ?").param(id).query(ROW).optional();
	}

	List<ResponseRow> ofSubject(String kind, UUID subjectId) {
		return jdbc.sql("""
				SELECT * FROM conversation_response WHERE subject_kind = ? AND subject_id = ?
				ORDER BY created_at, id""").params(kind, subjectId).query(ROW).list();
	}

	/** Replaces the text, keeping the earlier one as a revision for moderators. */
	void edit(ResponseRow current, String body, Instant at) {
		jdbc.sql("""
				INSERT INTO conversation_response_revision (response_id, revision, body, replaced_at)
				VALUES (?, ?, ?, ?)""")
			.params(current.id(), current.revision(), current.body(), Db.ts(at))
			.update();
		jdbc.sql("UPDATE conversation_response SET body = ?, edited_at = ?, revision = revision + 1 WHERE id = ?")
			.params(body, Db.ts(at), current.id())
			.update();
	}

	List<Revision> revisions(UUID id) {
		return jdbc.sql("""
				SELECT revision, body, replaced_at FROM conversation_response_revision WHERE response_id = ?
				ORDER BY revision""")
			.param(id)
			.query((rs, n) -> new Revision(rs.getInt("revision"), rs.getString("body"), Db.instant(rs, "replaced_at")))
			.list();
	}

	void setStatus(UUID id, State status, @Nullable String reason) {
		jdbc.sql("UPDATE conversation_response SET status = ?, hidden_reason = ? WHERE id = ?")
			.params(status.name(), reason, id)
			.update();
	}

	void setHelpful(UUID id, boolean helpful) {
		jdbc.sql("UPDATE conversation_response SET helpful = ? WHERE id = ?").params(helpful, id).update();
	}

	/** Responses of this person since a moment (rate limit; counted in the database, so it holds on every node). */
	int countByAuthorSince(UUID authorId, Instant since) {
		return jdbc.sql("SELECT COUNT(*) FROM conversation_response WHERE author_id = ? AND created_at > ?")
			.params(authorId, Db.ts(since))
			.query(Integer.class)
			.single();
	}

	/** Responses (visible) and reactions on subjects of one kind since a moment, counted per subject. */
	List<SubjectActivity> mostActive(String subjectKind, Instant since, int limit) {
		return jdbc.sql("""
				SELECT subject_id, SUM(responses) AS responses, SUM(recognised) AS recognised,
				       SUM(instructive) AS instructive
				FROM (
				  SELECT subject_id, 1 AS responses, 0 AS recognised, 0 AS instructive, created_at AS happened_at
				  FROM conversation_response
				  WHERE subject_kind = :kind AND status = 'VISIBLE' AND created_at >= :since
				  UNION ALL
				  SELECT target_id AS subject_id, 0 AS responses,
				         CASE WHEN kind = 'RECOGNISE' THEN 1 ELSE 0 END AS recognised,
				         CASE WHEN kind = 'INSTRUCTIVE' THEN 1 ELSE 0 END AS instructive, created_at AS happened_at
				  FROM conversation_reaction
				  WHERE target_kind = :kind AND created_at >= :since
				) activity
				GROUP BY subject_id
				ORDER BY SUM(responses) + SUM(recognised) + SUM(instructive) DESC, MAX(happened_at) DESC
				LIMIT :limit""")
			.param("kind", subjectKind)
			.param("since", Db.ts(since))
			.param("limit", limit)
			.query((rs, n) -> new SubjectActivity(rs.getObject("subject_id", UUID.class), rs.getInt("responses"),
					rs.getInt("recognised"), rs.getInt("instructive")))
			.list();
	}

	List<UUID> visibleIdsOf(String subjectKind, UUID subjectId) {
		return jdbc.sql("SELECT id FROM conversation_response WHERE subject_kind = ? AND subject_id = ? AND status = 'VISIBLE' ORDER BY id")
			.params(subjectKind, subjectId)
			.query((rs, n) -> rs.getObject("id", UUID.class))
			.list();
	}

	List<UUID> visibleIdsAfter(@Nullable UUID after, int limit) {
		if (after == null) {
			return jdbc.sql("SELECT id FROM conversation_response WHERE status = 'VISIBLE' ORDER BY id LIMIT ?")
				.param(limit)
				.query((rs, n) -> rs.getObject("id", UUID.class))
				.list();
		}
		return jdbc.sql("SELECT id FROM conversation_response WHERE status = 'VISIBLE' AND id > ? ORDER BY id LIMIT ?")
			.params(after, limit)
			.query((rs, n) -> rs.getObject("id", UUID.class))
			.list();
	}

	List<ResponseRow> ofOrganisationPending(UUID organisationId) {
		return jdbc.sql("SELECT * FROM conversation_response WHERE organisation_id = ? AND status = 'PENDING' ORDER BY created_at")
			.param(organisationId)
			.query(ROW)
			.list();
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM conversation_response").query(Long.class).single() == 0;
	}

	/** An earlier text of an edited response. */
	public record Revision(int revision, String body, @Nullable Instant replacedAt) {
	}

}
