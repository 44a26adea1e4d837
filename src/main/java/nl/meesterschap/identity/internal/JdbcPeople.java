package nl.meesterschap.identity.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.CircleMemberships;
import nl.meesterschap.identity.NetworkSummary;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.PersonSummary;
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

	JdbcPeople(PersonRepository persons, OrganisationRepository organisations, TeamRepository teams,
			NetworkRepository networks, Optional<CircleMemberships> circles) {
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
	public Viewer viewer(UUID personId) {
		PersonRow person = persons.find(personId)
			.orElseThrow(() -> new IllegalArgumentException("Unknown person " + personId));
		return new Viewer(personId, person.organisationId(),
				teams.ofPerson(personId).stream().map(TeamSummary::id).collect(Collectors.toSet()),
				networks.ofPerson(personId).stream().map(NetworkSummary::id).collect(Collectors.toSet()),
				circles.map(c -> c.circleIdsOf(personId)).orElse(Set.of()), persons.roles(personId));
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
