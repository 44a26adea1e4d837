package nl.meesterschap.identity;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A signed-in person as the access policy sees them: their home organisation, the teams, networks and learning
 * circles they belong to, and their roles per organisation. Built fresh per request by {@link People#viewer(UUID)}.
 */
public record Viewer(UUID personId, UUID organisationId, Set<UUID> teamIds, Set<UUID> networkIds,
		Set<UUID> circleIds, Map<UUID, Set<Role>> rolesByOrganisation) {

	public Viewer {
		teamIds = Set.copyOf(teamIds);
		networkIds = Set.copyOf(networkIds);
		circleIds = Set.copyOf(circleIds);
		rolesByOrganisation = Map.copyOf(rolesByOrganisation);
	}

	/** A viewer who is in no learning circle. */
	public Viewer(UUID personId, UUID organisationId, Set<UUID> teamIds, Set<UUID> networkIds,
			Map<UUID, Set<Role>> rolesByOrganisation) {
		this(personId, organisationId, teamIds, networkIds, Set.of(), rolesByOrganisation);
	}

	/** Every audience key this person may see; see {@link Audience#key(UUID)}. */
	public Set<String> audienceKeys() {
		Set<String> keys = new LinkedHashSet<>();
		keys.add("PLATFORM");
		keys.add(Audience.privateKey(personId));
		keys.add(Audience.organisation(organisationId).key(personId));
		teamIds.forEach(id -> keys.add(Audience.team(id).key(personId)));
		networkIds.forEach(id -> keys.add(Audience.network(id).key(personId)));
		circleIds.forEach(id -> keys.add(Audience.circle(id).key(personId)));
		return keys;
	}

	public boolean hasRole(UUID organisationId, Role role) {
		return rolesByOrganisation.getOrDefault(organisationId, Set.of()).contains(role);
	}

	/** A role in the person's home organisation. */
	public boolean hasRole(Role role) {
		return hasRole(organisationId, role);
	}

}
