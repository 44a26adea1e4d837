package nl.meesterschap.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The identity module's face to other modules: look people, organisations, teams and networks up. */
public interface People {

	Optional<PersonSummary> person(UUID id);

	Optional<PersonSummary> personByUsername(String username);

	/** The people with these ids, by id; unknown ids are left out. */
	Map<UUID, PersonSummary> people(Collection<UUID> ids);

	/** The person as the access policy sees them; fails for an unknown id. */
	Viewer viewer(UUID personId);

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

	/** Everyone who can see items shared with this audience (for mentions and notifications). */
	List<PersonSummary> audienceMembers(UUID ownerId, Audience audience);

}
