package nl.meesterschap.policy.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.NetworkSummary;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Koersen;
import nl.meesterschap.policy.internal.KoersRepository.KoersRow;
import nl.meesterschap.policy.internal.KoersRepository.VersionRow;

/** Published koersen, as every module and page reads them. */
@Service
@Transactional(readOnly = true)
class JdbcKoersen implements Koersen {

	private final KoersRepository koersen;

	private final People people;

	JdbcKoersen(KoersRepository koersen, People people) {
		this.koersen = koersen;
		this.people = people;
	}

	@Override
	public Optional<KoersVersion> current(UUID organisationId) {
		return koersen.koersOf(organisationId)
			.flatMap(koers -> koersen.latestPublished(koers.id()).map(version -> version(koers, version)));
	}

	@Override
	public Optional<KoersVersion> applicableTo(Viewer viewer) {
		Optional<KoersVersion> own = current(viewer.organisationId());
		if (own.isPresent()) {
			return own;
		}
		Optional<KoersVersion> viaMembership = viewer.networkIds().stream()
			.map(people::network)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(NetworkSummary::name).thenComparing(NetworkSummary::slug))
			.map(network -> current(network.ownerOrganisationId()))
			.flatMap(Optional::stream)
			.findFirst();
		if (viaMembership.isPresent()) {
			return viaMembership;
		}
		// A partner organisation works "in the spirit of" the koers of the municipality whose network it joined,
		// also for its people who are not members of that network themselves.
		return people.networksOfOrganisation(viewer.organisationId()).stream()
			.sorted(Comparator.comparing(NetworkSummary::name).thenComparing(NetworkSummary::slug))
			.map(network -> current(network.ownerOrganisationId()))
			.flatMap(Optional::stream)
			.findFirst();
	}

	@Override
	public List<KoersVersion> versions(UUID organisationId) {
		return koersen.koersOf(organisationId)
			.map(koers -> koersen.publishedVersions(koers.id()).stream().map(v -> version(koers, v)).toList())
			.orElse(List.of());
	}

	private KoersVersion version(KoersRow koers, VersionRow version) {
		OrganisationSummary organisation = people.organisation(koers.organisationId()).orElseThrow();
		return new KoersVersion(organisation.id(), organisation.slug(), organisation.name(), koers.title(),
				koers.period(), version.number(), Objects.requireNonNull(version.publishedAt()), version.vision(),
				version.changeNote(), koersen.principles(version.id()));
	}

}
