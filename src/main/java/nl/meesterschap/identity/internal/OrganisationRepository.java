package nl.meesterschap.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.identity.OrganisationKind;
import nl.meesterschap.identity.OrganisationSummary;

@Repository
class OrganisationRepository {

	private static final RowMapper<OrganisationSummary> ROW = (rs, n) -> new OrganisationSummary(Sql.uuid(rs, "id"),
			rs.getString("slug"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")));

	private final JdbcClient jdbc;

	OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	OrganisationSummary create(String slug, String name, OrganisationKind kind, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO identity_organisation (id, slug, name, kind, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(id, slug, name, kind.name(), Sql.ts(now))
			.update();
		return new OrganisationSummary(id, slug, name, kind);
	}

	Optional<OrganisationSummary> find(UUID id) {
		return jdbc.sql("SELECT * FROM identity_organisation WHERE id = ?").param(id).query(ROW).optional();
	}

	Optional<OrganisationSummary> findBySlug(String slug) {
		return jdbc.sql("SELECT * FROM identity_organisation WHERE slug = ?").param(slug).query(ROW).optional();
	}

	List<OrganisationSummary> findAll() {
		return jdbc.sql("SELECT * FROM identity_organisation ORDER BY name").query(ROW).list();
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM identity_organisation").query(Long.class).single() == 0;
	}

}
