package nl.meesterschap.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The identity module's face to other modules: look people, organisations, teams and networks up. */
public interface People {

	Optional<PersonSummary> person(UUID id);

	Optional<PersonSummary> personByUsername(String username);

	/** The people with these ids, by id; unknown ids are left out. */
	Map<UUID, PersonSummary> people(Collection<UUID> ids);

	/**
	 * Where to send this person e-mail (as stored, not checked), for the notifications module's mail delivery;
	 * empty for an unknown person or a disabled account.
	 */
	Optional<String> emailAddress(UUID personId);

	/** The person as the access policy sees them; fails for an unknown id. */
	Viewer viewer(UUID personId);

	/**
	 * {@link #viewer(UUID)} for many people at once, in a few set-based queries (for a digest composed per reader);
	 * unknown ids are left out. Callers pass a batch (hundreds), not a whole organisation.
	 */
	Map<UUID, Viewer> viewers(Collection<UUID> personIds);

	Optional<OrganisationSummary> organisation(UUID id);

	Optional<OrganisationSummary> organisationBySlug(String slug);

	List<OrganisationSummary> organisations();

	Optional<TeamSummary> team(UUID id);

	List<TeamSummary> teamsOf(UUID personId);

	Optional<NetworkSummary> network(UUID id);

	List<NetworkSummary> networksOf(UUID personId);

	/** Networks in which the organisation takes part (as owner or partner). */
	List<NetworkSummary> networksOfOrganisation(UUID organisationId);

	/** The learning circles this person is a member of. */
	List<CircleMemberships.CircleRef> circlesOf(UUID personId);

	Optional<CircleMemberships.CircleRef> circle(UUID circleId);

	/**
	 * The people of an organisation who hold at least one of these roles there, enabled accounts only (e.g. the
	 * policy side that must answer an overdue signal), by display name.
	 */
	List<PersonSummary> withRoles(UUID organisationId, Set<Role> roles);

	/** Everyone who can see items shared with this audience (for mentions and notifications). */
	List<PersonSummary> audienceMembers(UUID ownerId, Audience audience);

}
