package nl.meesterschap.digest.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.policy.Domain;

/**
 * A digest: its theme and scope (the organisation for GENERAL and DOMAIN, with the domain; the network; the circle)
 * and the organisation whose team leads and communications advisers edit it (none for a circle).
 */
public record Digest(UUID id, Theme theme, @Nullable UUID organisationId, @Nullable Domain domain,
		@Nullable UUID scopeId, String name, Instant createdAt) {

	/** "Nieuwsbrief Gemeente Lindewaarde", "Nieuwsbrief Jeugd (Gemeente Lindewaarde)", "Nieuwsbrief Netwerk Noord". */
	public String title() {
		return "Nieuwsbrief " + name;
	}

	/** The unique key of the scope: see the migration V8_2. */
	static String scopeKey(Theme theme, @Nullable UUID organisationId, @Nullable Domain domain, @Nullable UUID scopeId) {
		return switch (theme) {
			case GENERAL -> String.valueOf(organisationId);
			case DOMAIN -> organisationId + ":" + domain;
			case NETWORK, CIRCLE -> String.valueOf(scopeId);
		};
	}

	/** Who may read it (and subscribe): members of the organisation, the network or the circle. */
	public boolean eligible(Viewer viewer) {
		return switch (theme) {
			case GENERAL, DOMAIN -> viewer.organisationId().equals(organisationId);
			case NETWORK -> viewer.networkIds().contains(scopeId);
			case CIRCLE -> viewer.circleIds().contains(scopeId);
		};
	}

	/** Everyone in the organisation gets it unless they leave it; other digests only when asked for. */
	public boolean byDefault() {
		return theme == Theme.GENERAL;
	}

	/** A team lead or communications adviser of the editing organisation. */
	public boolean editableBy(Viewer viewer) {
		return organisationId != null && mayEdit(viewer, organisationId);
	}

	static boolean mayEdit(Viewer viewer, UUID organisationId) {
		return viewer.hasRole(organisationId, Role.TEAM_LEAD) || viewer.hasRole(organisationId, Role.COMMUNICATIONS);
	}

	/** The subscription id of a person for this digest, the same before and after they chose anything. */
	public UUID subscriptionId(UUID personId) {
		return subscriptionId(id, personId);
	}

	static UUID subscriptionId(UUID digestId, UUID personId) {
		return UUID.nameUUIDFromBytes(("digest-subscription:" + digestId + ":" + personId)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
