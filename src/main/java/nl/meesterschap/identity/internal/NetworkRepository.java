package nl.meesterschap.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.meesterschap.identity.NetworkSummary;

@Repository
class NetworkRepository {

	private static final RowMapper<NetworkSummary> ROW = (rs, n) -> new NetworkSummary(Sql.uuid(rs, "id"),
			Sql.uuid(rs, "owner_organisation_id"), rs.getString("slug"), rs.getString("name"));

	private final JdbcClient jdbc;

	NetworkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	NetworkSummary create(UUID ownerOrganisationId, String slug, String name, @Nullable String description,
			Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO identity_network (id, owner_organisation_id, slug, name, description, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, ownerOrganisationId, slug, name, description, Sql.ts(now))
			.update();
		addOrganisation(id, ownerOrganisationId);
		return new NetworkSummary(id, ownerOrganisationId, slug, name);
	}

	Optional<NetworkSummary> find(UUID id) {
		return jdbc.sql("SELECT * FROM identity_network WHERE id = ?").param(id).query(ROW).optional();
	}

	boolean slugTaken(String slug) {
		return jdbc.sql("SELECT COUNT(*) FROM identity_network WHERE slug = ?").param(slug).query(Long.class).single() > 0;
	}

	/** Networks in which this organisation takes part (owned or as a partner). */
	List<NetworkSummary> ofOrganisation(UUID organisationId) {
		return jdbc.sql("""
				SELECT n.* FROM identity_network n JOIN identity_network_organisation o ON o.network_id = n.id
				WHERE o.organisation_id = ? ORDER BY n.name""").param(organisationId).query(ROW).list();
	}

	List<NetworkSummary> ofPerson(UUID personId) {
		return jdbc.sql("""
				SELECT n.* FROM identity_network n JOIN identity_network_member m ON m.network_id = n.id
				WHERE m.person_id = ? ORDER BY n.name""").param(personId).query(ROW).list();
	}

	List<UUID> organisationIds(UUID networkId) {
		return jdbc.sql("SELECT organisation_id FROM identity_network_organisation WHERE network_id = ?")
			.param(networkId)
			.query((rs, n) -> Sql.uuid(rs, "organisation_id"))
			.list();
	}

	List<UUID> memberIds(UUID networkId) {
		return jdbc.sql("SELECT person_id FROM identity_network_member WHERE network_id = ?")
			.param(networkId)
			.query((rs, n) -> Sql.uuid(rs, "person_id"))
			.list();
	}

	void addOrganisation(UUID networkId, UUID organisationId) {
		if (!organisationIds(networkId).contains(organisationId)) {
			jdbc.sql("INSERT INTO identity_network_organisation (network_id, organisation_id) VALUES (?, ?)")
				.params(networkId, organisationId)
				.update();
		}
	}

	void removeOrganisation(UUID networkId, UUID organisationId) {
		jdbc.sql("""
				DELETE FROM identity_network_member WHERE network_id = ?
				AND person_id IN (SELECT id FROM identity_person WHERE organisation_id = ?)""")
			.params(networkId, organisationId)
			.update();
		jdbc.sql("DELETE FROM identity_network_organisation WHERE network_id = ? AND organisation_id = ?")
			.params(networkId, organisationId)
			.update();
	}

	void addMember(UUID networkId, UUID personId) {
		if (!memberIds(networkId).contains(personId)) {
			jdbc.sql("INSERT INTO identity_network_member (network_id, person_id) VALUES (?, ?)")
				.params(networkId, personId)
				.update();
		}
	}

	void removeMember(UUID networkId, UUID personId) {
		jdbc.sql("DELETE FROM identity_network_member WHERE network_id = ? AND person_id = ?")
			.params(networkId, personId)
			.update();
	}

}
