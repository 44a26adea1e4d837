package nl.meesterschap.practice.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.practice.StoryStatus;

/** Stories and their parts; a story is always read and written whole. */
@Repository
class StoryRepository {

	private final JdbcClient jdbc;

	StoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Story story) {
		StoryContent c = story.content();
		jdbc.sql("""
				INSERT INTO practice_story (id, author_id, organisation_id, title, model, discretion_used, discretion_note,
				  audience_kind, audience_scope_id, audience_key, status, revision, created_at, updated_at, published_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(story.id(), story.authorId(), story.organisationId(), c.title(), story.model(), c.discretionUsed(),
					c.discretionNote(), c.audience().kind().name(), c.audience().scopeId(),
					c.audience().key(story.authorId()), story.status().name(), story.revision(), ts(story.createdAt()),
					ts(story.updatedAt()), ts(story.publishedAt()))
			.update();
		writeParts(story.id(), c);
	}

	void update(Story story) {
		StoryContent c = story.content();
		jdbc.sql("""
				UPDATE practice_story SET title = ?, discretion_used = ?, discretion_note = ?, audience_kind = ?,
				  audience_scope_id = ?, audience_key = ?, status = ?, revision = ?, updated_at = ?, published_at = ?
				WHERE id = ?""")
			.params(c.title(), c.discretionUsed(), c.discretionNote(), c.audience().kind().name(),
					c.audience().scopeId(), c.audience().key(story.authorId()), story.status().name(), story.revision(),
					ts(story.updatedAt()), ts(story.publishedAt()), story.id())
			.update();
		for (String table : List.of("practice_story_step", "practice_story_domain", "practice_story_tag",
				"practice_story_principle")) {
			jdbc.sql("DELETE FROM " + table + " WHERE story_id = ?").param(story.id()).update();
		}
		writeParts(story.id(), c);
	}

	private void writeParts(UUID id, StoryContent c) {
		c.steps().forEach((key, text) -> jdbc.sql("INSERT INTO practice_story_step (story_id, step_key, content) VALUES (?, ?, ?)")
			.params(id, key, text)
			.update());
		c.domains().forEach(domain -> jdbc.sql("INSERT INTO practice_story_domain (story_id, domain) VALUES (?, ?)")
			.params(id, domain.name())
			.update());
		for (int i = 0; i < c.tags().size(); i++) {
			jdbc.sql("INSERT INTO practice_story_tag (story_id, tag, position) VALUES (?, ?, ?)")
				.params(id, c.tags().get(i), i)
				.update();
		}
		for (int i = 0; i < c.principles().size(); i++) {
			PrincipleLink link = c.principles().get(i);
			jdbc.sql("""
					INSERT INTO practice_story_principle (story_id, koers_organisation_id, code, note, position)
					VALUES (?, ?, ?, ?, ?)""")
				.params(id, link.koersOrganisationId(), link.code(), link.note(), i)
				.update();
		}
	}

	void delete(UUID id) {
		jdbc.sql("DELETE FROM practice_story WHERE id = ?").param(id).update();
	}

	Optional<Story> find(UUID id) {
		return load(List.of(id)).stream().findFirst();
	}

	/** Full stories for these ids, in the order of the ids. */
	List<Story> load(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Row> rows = new HashMap<>();
		jdbc.sql("SELECT * FROM practice_story WHERE id IN (:ids)").param("ids", ids).query(rs -> {
			Row row = row(rs);
			rows.put(row.id, row);
		});
		Map<UUID, Map<String, String>> steps = new HashMap<>();
		jdbc.sql("SELECT story_id, step_key, content FROM practice_story_step WHERE story_id IN (:ids)")
			.param("ids", ids)
			.query(rs -> {
				steps.computeIfAbsent(uuid(rs, "story_id"), k -> new HashMap<>()).put(rs.getString("step_key"),
						rs.getString("content"));
			});
		Map<UUID, List<Domain>> domains = new HashMap<>();
		jdbc.sql("SELECT story_id, domain FROM practice_story_domain WHERE story_id IN (:ids) ORDER BY domain")
			.param("ids", ids)
			.query(rs -> {
				domains.computeIfAbsent(uuid(rs, "story_id"), k -> new ArrayList<>()).add(Domain.valueOf(rs.getString("domain")));
			});
		Map<UUID, List<String>> tags = new HashMap<>();
		jdbc.sql("SELECT story_id, tag FROM practice_story_tag WHERE story_id IN (:ids) ORDER BY position")
			.param("ids", ids)
			.query(rs -> {
				tags.computeIfAbsent(uuid(rs, "story_id"), k -> new ArrayList<>()).add(rs.getString("tag"));
			});
		Map<UUID, List<PrincipleLink>> principles = new HashMap<>();
		jdbc.sql("""
				SELECT story_id, koers_organisation_id, code, note FROM practice_story_principle
				WHERE story_id IN (:ids) ORDER BY position""")
			.param("ids", ids)
			.query(rs -> {
				principles.computeIfAbsent(uuid(rs, "story_id"), k -> new ArrayList<>())
					.add(new PrincipleLink(uuid(rs, "koers_organisation_id"), rs.getString("code"), rs.getString("note")));
			});
		List<Story> stories = new ArrayList<>();
		for (UUID id : ids) {
			Row row = rows.get(id);
			if (row != null) {
				stories.add(row.story(steps.getOrDefault(id, Map.of()), domains.getOrDefault(id, List.of()),
						tags.getOrDefault(id, List.of()), principles.getOrDefault(id, List.of())));
			}
		}
		return stories;
	}

	/** Ids of stories matching a query, newest first, and how many match in all. */
	Page<UUID> search(StoryQuery query) {
		StringBuilder where = new StringBuilder(" FROM practice_story s WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.publishedOnly()) {
			where.append(" AND s.status = 'PUBLISHED'");
		}
		if (query.visibleTo() != null) {
			where.append(" AND (s.author_id = :me OR (s.status = 'PUBLISHED' AND s.hidden = FALSE AND s.audience_key IN (:keys)))");
			params.put("me", query.visibleTo().personId());
			params.put("keys", query.visibleTo().audienceKeys());
		}
		if (query.authorId() != null) {
			where.append(" AND s.author_id = :author");
			params.put("author", query.authorId());
		}
		if (query.status() != null) {
			where.append(" AND s.status = :status");
			params.put("status", query.status().name());
		}
		if (query.domain() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM practice_story_domain d WHERE d.story_id = s.id AND d.domain = :domain)");
			params.put("domain", query.domain().name());
		}
		if (query.principleCode() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM practice_story_principle p WHERE p.story_id = s.id AND p.code = :code");
			params.put("code", query.principleCode());
			if (query.koersOrganisationId() != null) {
				where.append(" AND p.koers_organisation_id = :koers");
				params.put("koers", query.koersOrganisationId());
			}
			where.append(")");
		}
		long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
		List<UUID> ids = jdbc.sql("SELECT s.id" + where + " ORDER BY COALESCE(s.published_at, s.updated_at) DESC, s.id"
				+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", query.page() * query.size())
			.query((rs, n) -> uuid(rs, "id"))
			.list();
		return new Page<>(ids, total, query.page(), query.size());
	}

	void insertRevision(UUID storyId, int revision, String snapshot, Instant replacedAt) {
		jdbc.sql("""
				INSERT INTO practice_story_revision (id, story_id, revision, snapshot, replaced_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), storyId, revision, snapshot, ts(replacedAt))
			.update();
	}

	List<StoredRevision> revisions(UUID storyId) {
		return jdbc.sql("SELECT revision, snapshot, replaced_at FROM practice_story_revision WHERE story_id = ? ORDER BY revision DESC")
			.param(storyId)
			.query((rs, n) -> new StoredRevision(rs.getInt("revision"), rs.getString("snapshot"),
					instant(rs, "replaced_at")))
			.list();
	}

	void saveWorkingCopy(UUID storyId, String snapshot, Instant savedAt) {
		int updated = jdbc.sql("UPDATE practice_story_working_copy SET snapshot = ?, saved_at = ? WHERE story_id = ?")
			.params(snapshot, ts(savedAt), storyId)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO practice_story_working_copy (story_id, snapshot, saved_at) VALUES (?, ?, ?)")
				.params(storyId, snapshot, ts(savedAt))
				.update();
		}
	}

	Optional<StoredRevision> workingCopy(UUID storyId) {
		return jdbc.sql("SELECT snapshot, saved_at FROM practice_story_working_copy WHERE story_id = ?")
			.param(storyId)
			.query((rs, n) -> new StoredRevision(0, rs.getString("snapshot"), instant(rs, "saved_at")))
			.optional();
	}

	void deleteWorkingCopy(UUID storyId) {
		jdbc.sql("DELETE FROM practice_story_working_copy WHERE story_id = ?").param(storyId).update();
	}

	/**
	 * Walks the primary key and keeps the published ids: filtering on status in SQL lets H2 pick the status index
	 * and sort every published row for each page, which makes a rebuild of a large index quadratic.
	 */
	List<UUID> publishedIdsAfter(@Nullable UUID after, int limit) {
		List<UUID> ids = new ArrayList<>();
		UUID from = after;
		while (ids.size() < limit) {
			var page = from == null
					? jdbc.sql("SELECT id, status, hidden FROM practice_story ORDER BY id LIMIT ?").param(limit)
					: jdbc.sql("SELECT id, status, hidden FROM practice_story WHERE id > ? ORDER BY id LIMIT ?")
						.params(from, limit);
			List<Map.Entry<UUID, Boolean>> rows = page
				.query((rs, n) -> Map.entry(uuid(rs, "id"),
						rs.getString("status").equals("PUBLISHED") && !rs.getBoolean("hidden")))
				.list();
			for (Map.Entry<UUID, Boolean> row : rows) {
				if (ids.size() < limit && row.getValue()) {
					ids.add(row.getKey());
				}
			}
			if (rows.size() < limit) {
				break;
			}
			from = rows.get(rows.size() - 1).getKey();
		}
		return ids;
	}

	/** A moderator hid (or restored) the story; the author still sees it. */
	void setHidden(UUID id, boolean hidden) {
		jdbc.sql("UPDATE practice_story SET hidden = ? WHERE id = ?").params(hidden, id).update();
	}

	boolean isHidden(UUID id) {
		return jdbc.sql("SELECT hidden FROM practice_story WHERE id = ?").param(id).query(Boolean.class).optional()
			.orElse(false);
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM practice_story").query(Long.class).single() == 0;
	}

	private static Row row(ResultSet rs) throws SQLException {
		UUID scope = rs.getObject("audience_scope_id", UUID.class);
		return new Row(uuid(rs, "id"), uuid(rs, "author_id"), uuid(rs, "organisation_id"), rs.getString("title"),
				rs.getString("model"), rs.getBoolean("discretion_used"), rs.getString("discretion_note"),
				new Audience(AudienceKind.valueOf(rs.getString("audience_kind")), scope),
				StoryStatus.valueOf(rs.getString("status")), rs.getInt("revision"), instant(rs, "created_at"),
				instant(rs, "updated_at"), instantOrNull(rs, "published_at"));
	}

	private static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private record Row(UUID id, UUID authorId, UUID organisationId, String title, String model, boolean discretionUsed,
			@Nullable String discretionNote, Audience audience, StoryStatus status, int revision, Instant createdAt,
			Instant updatedAt, @Nullable Instant publishedAt) {

		Story story(Map<String, String> stepTexts, List<Domain> domains, List<String> tags, List<PrincipleLink> principles) {
			return new Story(id, authorId, organisationId, model, new StoryContent(title, domains, tags, stepTexts,
					principles, discretionUsed, discretionNote, audience), status, revision, createdAt, updatedAt,
					publishedAt);
		}

	}

	/** A stored snapshot of a story's content (a revision or the working copy). */
	record StoredRevision(int revision, String snapshot, Instant at) {
	}

	/** One page of results. */
	record Page<T>(List<T> items, long total, int page, int size) {

		int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

		<R> Page<R> map(Collection<R> mapped) {
			return new Page<>(List.copyOf(mapped), total, page, size);
		}

	}

}
