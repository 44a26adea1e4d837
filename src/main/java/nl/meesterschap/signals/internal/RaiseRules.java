package nl.meesterschap.signals.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.meesterschap.identity.Audience;
import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.identity.CircleMemberships.CircleRef;
import nl.meesterschap.identity.NetworkSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.KoersVersion;
import nl.meesterschap.policy.Principle;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;

/**
 * What a raised signal must satisfy: a title, a description and a kind; principles of the koers it is about;
 * only evidence the raiser may see (published stories); a circle they are in; an audience of their organisation
 * or one of their networks; and, when anonymous, a title that does not repeat one of their own stories'.
 */
@Component
class RaiseRules {

	static final int MAX_TITLE = 200;

	static final int MAX_DESCRIPTION = 10_000;

	private final People people;

	private final EvidenceCheck evidenceCheck;

	RaiseRules(People people, EvidenceCheck evidenceCheck) {
		this.people = people;
		this.evidenceCheck = evidenceCheck;
	}

	/** The checked signal content, or every violation at once. */
	Checked check(RaiseCommand command, Viewer viewer, KoersVersion koers) {
		List<Violation> violations = new ArrayList<>();
		String title = command.title() == null ? "" : command.title().strip();
		String description = command.description() == null ? "" : command.description().strip();
		if (title.isEmpty()) {
			violations.add(new Violation("title", "signals.raise.title.required"));
		}
		else if (title.length() > MAX_TITLE) {
			violations.add(new Violation("title", "signals.raise.too-long", MAX_TITLE));
		}
		if (description.isEmpty()) {
			violations.add(new Violation("description", "signals.raise.description.required"));
		}
		else if (description.length() > MAX_DESCRIPTION) {
			violations.add(new Violation("description", "signals.raise.too-long", MAX_DESCRIPTION));
		}
		if (command.kind() == null) {
			violations.add(new Violation("kind", "signals.raise.kind.required"));
		}
		List<String> principles = principles(command.principles(), koers, violations);
		List<EvidenceCheck.Accepted> evidence = evidenceCheck.check(command.evidence(), viewer, violations);
		if (command.anonymous() && evidence.stream()
			.map(EvidenceCheck.Accepted::story)
			.filter(java.util.Objects::nonNull)
			.anyMatch(s -> s.authorId().equals(viewer.personId()) && s.title().strip().equalsIgnoreCase(title))) {
			violations.add(new Violation("title", "signals.raise.title.reveals"));
		}
		if (command.circleId() != null && people.circlesOf(viewer.personId()).stream()
			.map(CircleRef::id)
			.noneMatch(command.circleId()::equals)) {
			violations.add(new Violation("circleId", "signals.raise.circle"));
		}
		Audience audience = audience(command.audience(), command.audienceScope(), viewer, koers, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Checked(title, description, principles, evidence, audience);
	}

	/** Where a signal goes when the raiser does not choose: their organisation, or for a partner the network. */
	Audience defaultAudience(Viewer viewer, UUID answeringOrganisationId) {
		if (viewer.organisationId().equals(answeringOrganisationId)) {
			return Audience.organisation(viewer.organisationId());
		}
		return networks(viewer).stream()
			.filter(n -> n.ownerOrganisationId().equals(answeringOrganisationId))
			.findFirst()
			.map(n -> Audience.network(n.id()))
			.orElse(Audience.organisation(viewer.organisationId()));
	}

	/** The networks someone may share a signal with, by name. */
	List<NetworkSummary> networks(Viewer viewer) {
		return people.networksOf(viewer.personId()).stream()
			.sorted(java.util.Comparator.comparing(NetworkSummary::name))
			.toList();
	}

	private static List<String> principles(List<String> codes, KoersVersion koers, List<Violation> violations) {
		Set<String> chosen = new LinkedHashSet<>();
		for (String code : codes) {
			String clean = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
			if (clean.isEmpty()) {
				continue;
			}
			if (koers.principle(clean).isEmpty()) {
				violations.add(new Violation("principles", "signals.raise.principle.unknown", clean));
			}
			chosen.add(clean);
		}
		return koers.principles().stream().map(Principle::code).filter(chosen::contains).toList();
	}

	private Audience audience(AudienceKind kind, UUID scope, Viewer viewer, KoersVersion koers,
			List<Violation> violations) {
		if (kind == null) {
			return defaultAudience(viewer, koers.organisationId());
		}
		if (kind == AudienceKind.ORGANISATION) {
			return Audience.organisation(viewer.organisationId());
		}
		if (kind == AudienceKind.NETWORK) {
			List<NetworkSummary> networks = networks(viewer);
			Optional<NetworkSummary> network = scope == null ? networks.stream().findFirst()
					: networks.stream().filter(n -> n.id().equals(scope)).findFirst();
			if (network.isPresent()) {
				return Audience.network(network.get().id());
			}
		}
		violations.add(new Violation("audience", "signals.raise.audience"));
		return Audience.organisation(viewer.organisationId());
	}

	/** Checked content, ready to store. */
	record Checked(String title, String description, List<String> principles, List<EvidenceCheck.Accepted> evidence,
			Audience audience) {
	}

}
