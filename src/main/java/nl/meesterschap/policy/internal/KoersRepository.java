package nl.meesterschap.policy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.policy.Domain;
import nl.meesterschap.policy.Principle;

/** The policy tables: one koers per organisation, its versions and their principles. */
@Repository
class KoersRepository {

	private static final RowMapper<KoersRow> KOERS = (rs, n) -> new KoersRow(rs.getObject("id", UUID.class),
			rs.getObject("organisation_id", UUID.class), rs.getString("title"), rs.getString("period"));

	private static final RowMapper<VersionRow> VERSION = (rs, n) -> new VersionRow(rs.getObject("id", UUID.class),
			rs.getObject("koers_id", UUID.class), rs.getInt("number"), VersionStatus.valueOf(rs.getString("status")),
			rs.getString("vision"), rs.getString("change_note"), instant(rs, "updated_at"),
			rs.getObject("updated_by", UUID.class), instant(rs, "published_at"));

	private static final RowMapper<Principle> PRINCIPLE = (rs, n) -> new Principle(rs.getString("code"),
			rs.getString("title"), rs.getString("domain") == null ? null : Domain.valueOf(rs.getString("domain")),
			rs.getString("explanation"), rs.getString("in_practice"), lines(rs.getString("examples")));

	private final JdbcClient jdbc;

	KoersRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM policy_koers").query(Long.class).single() == 0;
	}

	Optional<KoersRow> koersOf(UUID organisationId) {
		return jdbc.sql("SELECT * FROM policy_koers WHERE organisation_id = ?").param(organisationId).query(KOERS).optional();
	}

	KoersRow createKoers(UUID organisationId, String title, String period, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO policy_koers (id, organisation_id, title, period, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(id, organisationId, title, period, ts(now))
			.update();
		return new KoersRow(id, organisationId, title, period);
	}

	/** Organisations with at least one published version. */
	List<UUID> organisationsWithPublishedKoers() {
		return jdbc.sql("""
				SELECT DISTINCT k.organisation_id FROM policy_koers k JOIN policy_koers_version v ON v.koers_id = k.id
				WHERE v.status = 'PUBLISHED'""").query(UUID.class).list();
	}

	/** Published versions, newest first. */
	List<VersionRow> publishedVersions(UUID koersId) {
		return jdbc.sql("SELECT * FROM policy_koers_version WHERE koers_id = ? AND status = 'PUBLISHED' ORDER BY number DESC")
			.param(koersId)
			.query(VERSION)
			.list();
	}

	Optional<VersionRow> latestPublished(UUID koersId) {
		return jdbc.sql("""
				SELECT * FROM policy_koers_version WHERE koers_id = ? AND status = 'PUBLISHED'
				ORDER BY number DESC FETCH FIRST 1 ROWS ONLY""").param(koersId).query(VERSION).optional();
	}

	Optional<VersionRow> draft(UUID koersId) {
		return jdbc.sql("SELECT * FROM policy_koers_version WHERE koers_id = ? AND status = 'DRAFT'")
			.param(koersId)
			.query(VERSION)
			.optional();
	}

	int nextNumber(UUID koersId) {
		return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM policy_koers_version WHERE koers_id = ?")
			.param(koersId)
			.query(Integer.class)
			.single();
	}

	UUID createVersion(UUID koersId, int number, VersionStatus status, String vision, @Nullable String changeNote,
			Instant createdAt, @Nullable UUID createdBy, @Nullable Instant publishedAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO policy_koers_version (id, koers_id, number, status, draft_of, vision, change_note,
				  created_at, created_by, updated_at, updated_by, published_at, published_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, koersId, number, status.name(), status == VersionStatus.DRAFT ? koersId : null, vision,
					changeNote, ts(createdAt), createdBy, ts(createdAt), createdBy, ts(publishedAt),
					publishedAt == null ? null : createdBy)
			.update();
		return id;
	}

	void updateText(UUID versionId, String vision, @Nullable String changeNote, Instant now, UUID by) {
		jdbc.sql("""
				UPDATE policy_koers_version SET vision = ?, change_note = ?, updated_at = ?, updated_by = ?
				WHERE id = ? AND status = 'DRAFT'""")
			.params(vision, changeNote, ts(now), by, versionId)
			.update();
	}

	void touch(UUID versionId, Instant now, UUID by) {
		jdbc.sql("UPDATE policy_koers_version SET updated_at = ?, updated_by = ? WHERE id = ?")
			.params(ts(now), by, versionId)
			.update();
	}

	/** Turns the draft into a published, read-only version; false when it was not a draft (any more). */
	boolean publish(UUID versionId, Instant now, UUID by) {
		return jdbc.sql("""
				UPDATE policy_koers_version SET status = 'PUBLISHED', draft_of = NULL, published_at = ?, published_by = ?,
				  updated_at = ?, updated_by = ?
				WHERE id = ? AND status = 'DRAFT'""")
			.params(ts(now), by, ts(now), by, versionId)
			.update() == 1;
	}

	void deleteDraft(UUID versionId) {
		jdbc.sql("DELETE FROM policy_principle WHERE version_id = ?").param(versionId).update();
		jdbc.sql("DELETE FROM policy_koers_version WHERE id = ? AND status = 'DRAFT'").param(versionId).update();
	}

	List<Principle> principles(UUID versionId) {
		return jdbc.sql("SELECT * FROM policy_principle WHERE version_id = ? ORDER BY position")
			.param(versionId)
			.query(PRINCIPLE)
			.list();
	}

	/** Replaces all principles of a version with these, in this order. */
	void replacePrinciples(UUID versionId, List<Principle> principles) {
		jdbc.sql("DELETE FROM policy_principle WHERE version_id = ?").param(versionId).update();
		for (int i = 0; i < principles.size(); i++) {
			Principle p = principles.get(i);
			jdbc.sql("""
					INSERT INTO policy_principle (version_id, code, title, domain, explanation, in_practice, examples, position)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(versionId, p.code(), p.title(), p.domain() == null ? null : p.domain().name(), p.explanation(),
						p.inPractice(), String.join("\n", p.examples()), i)
				.update();
		}
	}

	private static List<String> lines(String text) {
		return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
	}

	private static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	record KoersRow(UUID id, UUID organisationId, String title, String period) {
	}

	record VersionRow(UUID id, UUID koersId, int number, VersionStatus status, String vision,
			@Nullable String changeNote, @Nullable Instant updatedAt, @Nullable UUID updatedBy,
			@Nullable Instant publishedAt) {
	}

	enum VersionStatus {
		DRAFT, PUBLISHED
	}

}
