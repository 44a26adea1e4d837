package nl.meesterschap.digest.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.meesterschap.identity.CircleMemberships.CircleRef;
import nl.meesterschap.identity.NetworkSummary;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * Which digests there are. They are made when first needed: an organisation's general and domain digests and those
 * of the networks it owns when someone of it looks (or the demo data is seeded), a circle's when one of its members
 * looks. Making one twice at the same moment is harmless: the second sees the first's row.
 */
@Service
public class DigestCatalogue {

	private static final String[] DOMAIN_NAMES = { "Jeugd", "Wmo", "Participatie" };

	private final DigestRepository digests;

	private final People people;

	private final TransactionTemplate separately;

	private final Clock clock;

	DigestCatalogue(DigestRepository digests, People people, PlatformTransactionManager transactions, Clock clock) {
		this.digests = digests;
		this.people = people;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** The digests this person may read and subscribe to: their organisation's, their networks' and circles'. */
	public List<Digest> availableTo(Viewer viewer) {
		List<Digest> available = new ArrayList<>(forOrganisation(viewer.organisationId()).stream()
			.filter(d -> d.theme() != Theme.NETWORK || viewer.networkIds().contains(d.scopeId()))
			.toList());
		for (UUID networkId : viewer.networkIds()) {
			if (available.stream().noneMatch(d -> networkId.equals(d.scopeId()))) {
				people.network(networkId).flatMap(this::network).ifPresent(available::add);
			}
		}
		people.circlesOf(viewer.personId()).forEach(circle -> available.add(circle(circle)));
		return available;
	}

	/** The general, domain and owned-network digests of an organisation, made if missing; general first. */
	public List<Digest> forOrganisation(UUID organisationId) {
		OrganisationSummary organisation = people.organisation(organisationId).orElseThrow(ItemNotFoundException::new);
		List<Digest> list = new ArrayList<>();
		list.add(ensure(Theme.GENERAL, organisationId, null, null, organisation.name()));
		for (Domain domain : Domain.values()) {
			list.add(ensure(Theme.DOMAIN, organisationId, domain, null,
					DOMAIN_NAMES[domain.ordinal()] + " (" + organisation.name() + ")"));
		}
		people.networksOfOrganisation(organisationId).stream()
			.filter(n -> n.ownerOrganisationId().equals(organisationId))
			.sorted(Comparator.comparing(NetworkSummary::name))
			.forEach(n -> network(n).ifPresent(list::add));
		return list;
	}

	/** The general digest of an organisation. */
	public Digest general(UUID organisationId) {
		return forOrganisation(organisationId).get(0);
	}

	public Optional<Digest> find(UUID digestId) {
		return digests.find(digestId);
	}

	/** A digest the viewer may read; not found otherwise (never a hint that it exists). */
	public Digest readable(UUID digestId, Viewer viewer) {
		return digests.find(digestId).filter(d -> d.eligible(viewer)).orElseThrow(ItemNotFoundException::new);
	}

	private Optional<Digest> network(NetworkSummary network) {
		return Optional.of(ensure(Theme.NETWORK, network.ownerOrganisationId(), null, network.id(),
				network.name()));
	}

	private Digest circle(CircleRef circle) {
		return ensure(Theme.CIRCLE, null, null, circle.id(), "leerkring " + circle.name());
	}

	private Digest ensure(Theme theme, @Nullable UUID organisationId, @Nullable Domain domain, @Nullable UUID scopeId,
			String name) {
		Optional<Digest> existing = digests.find(theme, organisationId, domain, scopeId);
		if (existing.isPresent()) {
			return existing.get();
		}
		Digest made = new Digest(UUID.randomUUID(), theme, organisationId, domain, scopeId, name, clock.instant());
		try {
			separately.executeWithoutResult(status -> digests.insert(made));
			return made;
		}
		catch (DuplicateKeyException madeMeanwhile) {
			return digests.find(theme, organisationId, domain, scopeId).orElseThrow();
		}
	}

}
