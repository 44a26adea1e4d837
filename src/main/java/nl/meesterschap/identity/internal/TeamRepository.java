package nl.meesterschap.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.identity.TeamSummary;

@Repository
class TeamRepository {

	private static final RowMapper<TeamSummary> ROW = (rs, n) -> new TeamSummary(Sql.uuid(rs, "id"),
			Sql.uuid(rs, "organisation_id"), rs.getString("slug"), rs.getString("name"));

	private final JdbcClient jdbc;

	TeamRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	TeamSummary create(UUID organisationId, String slug, String name, @Nullable String description, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO identity_team (id, organisation_id, slug, name, description, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, organisationId, slug, name, description, Sql.ts(now))
			.update();
		return new TeamSummary(id, organisationId, slug, name);
	}

	void rename(UUID id, String name) {
		jdbc.sql("UPDATE identity_team SET name = ? WHERE id = ?").params(name, id).update();
	}

	Optional<TeamSummary> find(UUID id) {
		return jdbc.sql("SELECT * FROM identity_team WHERE id = ?").param(id).query(ROW).optional();
	}

	List<TeamSummary> ofOrganisation(UUID organisationId) {
		return jdbc.sql("SELECT * FROM identity_team WHERE organisation_id = ? ORDER BY name")
			.param(organisationId)
			.query(ROW)
			.list();
	}

	boolean slugTaken(UUID organisationId, String slug) {
		return jdbc.sql("SELECT COUNT(*) FROM identity_team WHERE organisation_id = ? AND slug = ?")
			.params(organisationId, slug)
			.query(Long.class)
			.single() > 0;
	}

	List<TeamSummary> ofPerson(UUID personId) {
		return jdbc.sql("""
				SELECT t.* FROM identity_team t JOIN identity_team_member m ON m.team_id = t.id
				WHERE m.person_id = ? ORDER BY t.name""").param(personId).query(ROW).list();
	}

	List<UUID> memberIds(UUID teamId) {
		return jdbc.sql("SELECT person_id FROM identity_team_member WHERE team_id = ?")
			.param(teamId)
			.query((rs, n) -> Sql.uuid(rs, "person_id"))
			.list();
	}

	void setMemberships(UUID personId, List<UUID> teamIds) {
		jdbc.sql("DELETE FROM identity_team_member WHERE person_id = ?").param(personId).update();
		teamIds.forEach(teamId -> jdbc.sql("INSERT INTO identity_team_member (team_id, person_id) VALUES (?, ?)")
			.params(teamId, personId)
			.update());
	}

}
