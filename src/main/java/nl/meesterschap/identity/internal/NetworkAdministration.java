package nl.meesterschap.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.NetworkSummary;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * Networks across organisations. The owning organisation's admin names the partner organisations; each
 * participating organisation's admin decides which of their own people are members.
 */
@Service
@Transactional
public class NetworkAdministration {

	private final NetworkRepository networks;

	private final OrganisationRepository organisations;

	private final PersonRepository persons;

	private final AuditLog audit;

	private final Clock clock;

	NetworkAdministration(NetworkRepository networks, OrganisationRepository organisations, PersonRepository persons,
			AuditLog audit, Clock clock) {
		this.networks = networks;
		this.organisations = organisations;
		this.persons = persons;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<NetworkSummary> networksOf(OrganisationSummary organisation) {
		return networks.ofOrganisation(organisation.id());
	}

	/** A network the administered organisation takes part in; otherwise not found. */
	@Transactional(readOnly = true)
	public NetworkView network(OrganisationSummary organisation, UUID networkId) {
		NetworkSummary network = networks.find(networkId).orElseThrow(ItemNotFoundException::new);
		List<UUID> organisationIds = networks.organisationIds(networkId);
		if (!organisationIds.contains(organisation.id())) {
			throw new ItemNotFoundException();
		}
		List<OrganisationSummary> participants = organisationIds.stream()
			.flatMap(id -> organisations.find(id).stream())
			.toList();
		List<PersonRow> ownMembers = persons.findAll(networks.memberIds(networkId)).stream()
			.filter(p -> p.organisationId().equals(organisation.id()))
			.toList();
		int memberCount = networks.memberIds(networkId).size();
		return new NetworkView(network, network.ownerOrganisationId().equals(organisation.id()), participants,
				ownMembers, memberCount);
	}

	public NetworkSummary create(UUID actorId, OrganisationSummary owner, String name, @Nullable String description) {
		String clean = Administration.requireName(name, "name");
		String slug = Slugs.of(clean);
		if (networks.slugTaken(slug)) {
			throw new InvalidInputException("name", "admin.network.name-taken");
		}
		NetworkSummary network = networks.create(owner.id(), slug, clean, Administration.blankToNull(description),
				clock.instant());
		audit.record(owner.id(), actorId, "NETWORK_ADDED", network.id(), clean);
		return network;
	}

	public void addOrganisation(UUID actorId, OrganisationSummary owner, UUID networkId, UUID organisationId) {
		NetworkView view = network(owner, networkId);
		if (!view.owned()) {
			throw new ItemNotFoundException();
		}
		organisations.find(organisationId).orElseThrow(() -> new InvalidInputException("organisationId",
				"admin.network.organisation-unknown"));
		networks.addOrganisation(networkId, organisationId);
		audit.record(owner.id(), actorId, "NETWORK_PARTNER_ADDED", networkId, organisationId.toString());
	}

	public void removeOrganisation(UUID actorId, OrganisationSummary owner, UUID networkId, UUID organisationId) {
		NetworkView view = network(owner, networkId);
		if (!view.owned() || organisationId.equals(owner.id())) {
			throw new ItemNotFoundException();
		}
		networks.removeOrganisation(networkId, organisationId);
		audit.record(owner.id(), actorId, "NETWORK_PARTNER_REMOVED", networkId, organisationId.toString());
	}

	public void addMember(UUID actorId, OrganisationSummary organisation, UUID networkId, UUID personId) {
		network(organisation, networkId);
		PersonRow person = persons.find(personId)
			.filter(p -> p.organisationId().equals(organisation.id()))
			.orElseThrow(() -> new InvalidInputException("personId", "admin.network.person-unknown"));
		networks.addMember(networkId, person.id());
		audit.record(organisation.id(), actorId, "NETWORK_MEMBER_ADDED", networkId, person.username());
	}

	public void removeMember(UUID actorId, OrganisationSummary organisation, UUID networkId, UUID personId) {
		network(organisation, networkId);
		persons.find(personId)
			.filter(p -> p.organisationId().equals(organisation.id()))
			.orElseThrow(ItemNotFoundException::new);
		networks.removeMember(networkId, personId);
		audit.record(organisation.id(), actorId, "NETWORK_MEMBER_REMOVED", networkId, personId.toString());
	}

	/** A network as one participating organisation's admin sees it. */
	public record NetworkView(NetworkSummary network, boolean owned, List<OrganisationSummary> organisations,
			List<PersonRow> ownMembers, int memberCount) {
	}

}
