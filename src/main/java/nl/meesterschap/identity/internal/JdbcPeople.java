package nl.meesterschap.identity.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.CircleMemberships;
import nl.meesterschap.identity.NetworkSummary;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.TeamSummary;
import nl.meesterschap.identity.Viewer;

@Service
@Transactional(readOnly = true)
class JdbcPeople implements People {

	private final PersonRepository persons;

	private final OrganisationRepository organisations;

	private final TeamRepository teams;

	private final NetworkRepository networks;

	private final Optional<CircleMemberships> circles;

	private final JdbcClient jdbc;

	JdbcPeople(PersonRepository persons, OrganisationRepository organisations, TeamRepository teams,
			NetworkRepository networks, Optional<CircleMemberships> circles, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.persons = persons;
		this.organisations = organisations;
		this.teams = teams;
		this.networks = networks;
		this.circles = circles;
	}

	@Override
	public Optional<PersonSummary> person(UUID id) {
		return persons.find(id).map(PersonRow::summary);
	}

	@Override
	public Optional<PersonSummary> personByUsername(String username) {
		return persons.findByLogin(username).map(PersonRow::summary);
	}

	@Override
	public Map<UUID, PersonSummary> people(Collection<UUID> ids) {
		return persons.findAll(ids.stream().distinct().toList()).stream()
			.map(PersonRow::summary)
			.collect(Collectors.toMap(PersonSummary::id, p -> p, (a, b) -> a, LinkedHashMap::new));
	}

	@Override
	public Optional<String> emailAddress(UUID personId) {
		return persons.find(personId).filter(PersonRow::enabled).map(PersonRow::email);
	}

	@Override
	public Viewer viewer(UUID personId) {
		PersonRow person = persons.find(personId)
			.orElseThrow(() -> new IllegalArgumentException("Unknown person " + personId));
		return new Viewer(personId, person.organisationId(),
				teams.ofPerson(personId).stream().map(TeamSummary::id).collect(Collectors.toSet()),
				networks.ofPerson(personId).stream().map(NetworkSummary::id).collect(Collectors.toSet()),
				circles.map(c -> c.circleIdsOf(personId)).orElse(Set.of()), persons.roles(personId));
	}

	/**
	 * Four queries for the whole batch (people, team and network memberships, roles); circle memberships come from
	 * the circles module one person at a time ({@link CircleMemberships} has no batch method).
	 */
	@Override
	public Map<UUID, Viewer> viewers(Collection<UUID> personIds) {
		List<UUID> ids = personIds.stream().distinct().toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, UUID> organisationOf = new HashMap<>();
		jdbc.sql("SELECT id, organisation_id FROM identity_person WHERE id IN (:ids)")
			.param("ids", ids)
			.query(rs -> {
				organisationOf.put(Sql.uuid(rs, "id"), Sql.uuid(rs, "organisation_id"));
			});
		Map<UUID, Set<UUID>> teamsOf = memberships("identity_team_member", "team_id", ids);
		Map<UUID, Set<UUID>> networksOf = memberships("identity_network_member", "network_id", ids);
		Map<UUID, Map<UUID, Set<Role>>> rolesOf = new HashMap<>();
		jdbc.sql("SELECT person_id, organisation_id, role FROM identity_role_assignment WHERE person_id IN (:ids)")
			.param("ids", ids)
			.query(rs -> {
				rolesOf.computeIfAbsent(Sql.uuid(rs, "person_id"), k -> new HashMap<>())
					.computeIfAbsent(Sql.uuid(rs, "organisation_id"), k -> EnumSet.noneOf(Role.class))
					.add(Role.valueOf(rs.getString("role")));
			});
		Map<UUID, Viewer> viewers = new LinkedHashMap<>();
		for (UUID id : ids) {
			UUID organisationId = organisationOf.get(id);
			if (organisationId != null) {
				viewers.put(id, new Viewer(id, organisationId, teamsOf.getOrDefault(id, Set.of()),
						networksOf.getOrDefault(id, Set.of()), circles.map(c -> c.circleIdsOf(id)).orElse(Set.of()),
						rolesOf.getOrDefault(id, Map.of())));
			}
		}
		return viewers;
	}

	private Map<UUID, Set<UUID>> memberships(String table, String column, List<UUID> personIds) {
		Map<UUID, Set<UUID>> memberships = new HashMap<>();
		jdbc.sql("SELECT person_id, " + column + " FROM " + table + " WHERE person_id IN (:ids)")
			.param("ids", personIds)
			.query(rs -> {
				memberships.computeIfAbsent(Sql.uuid(rs, "person_id"), k -> new HashSet<>()).add(Sql.uuid(rs, column));
			});
		return memberships;
	}

	@Override
	public Optional<OrganisationSummary> organisation(UUID id) {
		return organisations.find(id);
	}

	@Override
	public Optional<OrganisationSummary> organisationBySlug(String slug) {
		return organisations.findBySlug(slug);
	}

	@Override
	public List<OrganisationSummary> organisations() {
		return organisations.findAll();
	}

	@Override
	public Optional<TeamSummary> team(UUID id) {
		return teams.find(id);
	}

	@Override
	public List<TeamSummary> teamsOf(UUID personId) {
		return teams.ofPerson(personId);
	}

	@Override
	public Optional<NetworkSummary> network(UUID id) {
		return networks.find(id);
	}

	@Override
	public List<NetworkSummary> networksOf(UUID personId) {
		return networks.ofPerson(personId);
	}

	@Override
	public List<CircleMemberships.CircleRef> circlesOf(UUID personId) {
		return circles.map(c -> c.circleIdsOf(personId).stream().flatMap(id -> c.circle(id).stream())
			.sorted(java.util.Comparator.comparing(CircleMemberships.CircleRef::name))
			.toList()).orElse(List.of());
	}

	@Override
	public Optional<CircleMemberships.CircleRef> circle(UUID circleId) {
		return circles.flatMap(c -> c.circle(circleId));
	}

	@Override
	public List<NetworkSummary> networksOfOrganisation(UUID organisationId) {
		return networks.ofOrganisation(organisationId);
	}

	@Override
	public List<PersonSummary> withRoles(UUID organisationId, Set<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = jdbc.sql("""
				SELECT DISTINCT person_id FROM identity_role_assignment
				WHERE organisation_id = :organisation AND role IN (:roles)""")
			.param("organisation", organisationId)
			.param("roles", roles.stream().map(Role::name).toList())
			.query(UUID.class)
			.list();
		return persons.findAll(ids).stream()
			.filter(PersonRow::enabled)
			.map(PersonRow::summary)
			.sorted(Comparator.comparing(PersonSummary::displayName))
			.toList();
	}

	@Override
	public List<PersonSummary> audienceMembers(UUID ownerId, Audience audience) {
		List<PersonRow> candidates = switch (audience.kind()) {
			case PRIVATE -> persons.find(ownerId).stream().toList();
			case CIRCLE -> persons.findAll(circles.map(c -> c.memberIds(audience.scopeId())).orElse(List.of()));
			case TEAM -> persons.findAll(teams.memberIds(audience.scopeId()));
			case ORGANISATION -> persons.ofOrganisation(audience.scopeId());
			case NETWORK -> persons.findAll(networks.memberIds(audience.scopeId()));
			case PLATFORM -> organisations.findAll().stream()
				.flatMap(org -> persons.ofOrganisation(org.id()).stream())
				.toList();
		};
		return candidates.stream().filter(PersonRow::enabled).map(PersonRow::summary).toList();
	}

}
