package nl.meesterschap.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.People;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.TeamSummary;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.web.InvalidInputException;
import nl.meesterschap.web.InvalidInputException.Violation;
import nl.meesterschap.web.ItemNotFoundException;

/**
 * What an ADMIN may do in their own organisation: add people and invite them, set roles and teams, lock and
 * unlock, manage teams and the networks the organisation takes part in. Anything of another organisation
 * answers "not found".
 */
@Service
@Transactional
public class Administration {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private final PersonRepository persons;

	private final OrganisationRepository organisations;

	private final TeamRepository teams;

	private final Invitations invitations;

	private final People people;

	private final AuditLog audit;

	private final Clock clock;

	private final ApiTokens apiTokens;

	Administration(PersonRepository persons, OrganisationRepository organisations, TeamRepository teams,
			Invitations invitations, People people, AuditLog audit, Clock clock, ApiTokens apiTokens) {
		this.apiTokens = apiTokens;
		this.persons = persons;
		this.organisations = organisations;
		this.teams = teams;
		this.invitations = invitations;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** The organisation with this slug, when the actor administers it; otherwise not found. */
	@Transactional(readOnly = true)
	public OrganisationSummary administeredOrganisation(UUID actorId, String slug) {
		OrganisationSummary organisation = organisations.findBySlug(slug).orElseThrow(ItemNotFoundException::new);
		if (!people.viewer(actorId).hasRole(organisation.id(), Role.ADMIN)) {
			throw new ItemNotFoundException();
		}
		return organisation;
	}

	/** The organisations this person administers. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> administeredBy(UUID actorId) {
		Viewer viewer = people.viewer(actorId);
		return organisations.findAll().stream().filter(o -> viewer.hasRole(o.id(), Role.ADMIN)).toList();
	}

	@Transactional(readOnly = true)
	public List<PersonRow> peopleOf(OrganisationSummary organisation) {
		return persons.ofOrganisation(organisation.id());
	}

	/** A person of the administered organisation; a person of another organisation is not found. */
	@Transactional(readOnly = true)
	public PersonRow person(OrganisationSummary organisation, UUID personId) {
		return persons.find(personId)
			.filter(p -> p.organisationId().equals(organisation.id()))
			.orElseThrow(ItemNotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Set<Role> rolesOf(OrganisationSummary organisation, UUID personId) {
		return persons.roles(personId).getOrDefault(organisation.id(), Set.of());
	}

	@Transactional(readOnly = true)
	public List<TeamSummary> teamsOf(OrganisationSummary organisation) {
		return teams.ofOrganisation(organisation.id());
	}

	@Transactional(readOnly = true)
	public List<UUID> teamIdsOf(UUID personId) {
		return teams.ofPerson(personId).stream().map(TeamSummary::id).toList();
	}

	/** Adds a person without a password and returns the invitation they use to choose one. */
	public NewPerson addPerson(UUID actorId, OrganisationSummary organisation, PersonDetails details) {
		PersonDetails clean = validate(organisation, details, null);
		UUID personId = persons.create(organisation.id(), clean.username(), clean.email(), clean.displayName(),
				clean.jobTitle(), null, clock.instant());
		persons.setRoles(personId, organisation.id(), clean.roles());
		teams.setMemberships(personId, clean.teamIds());
		audit.record(organisation.id(), actorId, "PERSON_ADDED", personId, clean.username() + " " + clean.roles());
		return new NewPerson(personId, invitations.invite(personId, actorId));
	}

	public void updatePerson(UUID actorId, OrganisationSummary organisation, UUID personId, PersonDetails details) {
		PersonRow existing = person(organisation, personId);
		PersonDetails clean = validate(organisation,
				new PersonDetails(details.displayName(), details.email(), existing.username(), details.jobTitle(),
						details.roles(), details.teamIds()),
				existing.id());
		if (actorId.equals(personId) && !clean.roles().contains(Role.ADMIN)) {
			throw new InvalidInputException("roles", "admin.person.cannot-drop-own-admin");
		}
		persons.updateProfile(personId, clean.displayName(), clean.email(), clean.jobTitle());
		persons.setRoles(personId, organisation.id(), clean.roles());
		List<UUID> otherOrganisationTeams = teams.ofPerson(personId).stream()
			.filter(t -> !t.organisationId().equals(organisation.id()))
			.map(TeamSummary::id)
			.toList();
		List<UUID> allTeams = new ArrayList<>(otherOrganisationTeams);
		allTeams.addAll(clean.teamIds());
		teams.setMemberships(personId, allTeams);
		audit.record(organisation.id(), actorId, "PERSON_UPDATED", personId, clean.roles().toString());
		apiTokens.forget(personId);
	}

	public Invitations.IssuedInvitation reinvite(UUID actorId, OrganisationSummary organisation, UUID personId) {
		person(organisation, personId);
		return invitations.invite(personId, actorId);
	}

	public void setEnabled(UUID actorId, OrganisationSummary organisation, UUID personId, boolean enabled) {
		person(organisation, personId);
		if (actorId.equals(personId) && !enabled) {
			throw new InvalidInputException("", "admin.person.cannot-disable-self");
		}
		persons.setEnabled(personId, enabled);
		apiTokens.forget(personId);
		audit.record(organisation.id(), actorId, enabled ? "PERSON_ENABLED" : "PERSON_DISABLED", personId, null);
	}

	public void unlock(UUID actorId, OrganisationSummary organisation, UUID personId) {
		person(organisation, personId);
		persons.unlock(personId);
		audit.record(organisation.id(), actorId, "ACCOUNT_UNLOCKED", personId, null);
	}

	public TeamSummary addTeam(UUID actorId, OrganisationSummary organisation, String name,
			@Nullable String description) {
		String clean = requireName(name, "name");
		String slug = Slugs.of(clean);
		if (teams.slugTaken(organisation.id(), slug)) {
			throw new InvalidInputException("name", "admin.team.name-taken");
		}
		TeamSummary team = teams.create(organisation.id(), slug, clean, blankToNull(description), clock.instant());
		audit.record(organisation.id(), actorId, "TEAM_ADDED", team.id(), clean);
		return team;
	}

	public void renameTeam(UUID actorId, OrganisationSummary organisation, UUID teamId, String name) {
		TeamSummary team = teams.find(teamId)
			.filter(t -> t.organisationId().equals(organisation.id()))
			.orElseThrow(ItemNotFoundException::new);
		teams.rename(team.id(), requireName(name, "name"));
		audit.record(organisation.id(), actorId, "TEAM_RENAMED", team.id(), name);
	}

	@Transactional(readOnly = true)
	public List<TeamMembers> teamsWithMembers(OrganisationSummary organisation) {
		return teams.ofOrganisation(organisation.id()).stream()
			.map(team -> new TeamMembers(team, persons.findAll(teams.memberIds(team.id()))))
			.toList();
	}

	private PersonDetails validate(OrganisationSummary organisation, PersonDetails details, @Nullable UUID existingId) {
		List<Violation> violations = new ArrayList<>();
		String displayName = details.displayName().strip();
		String email = details.email().strip().toLowerCase(Locale.ROOT);
		String username = details.username().strip().toLowerCase(Locale.ROOT);
		String jobTitle = blankToNull(details.jobTitle());
		if (displayName.isEmpty()) {
			violations.add(new Violation("displayName", "admin.person.name-required"));
		}
		else if (displayName.length() > 200) {
			violations.add(new Violation("displayName", "validation.too-long", 200));
		}
		if (!EMAIL.matcher(email).matches() || email.length() > 254) {
			violations.add(new Violation("email", "admin.person.email-invalid"));
		}
		else if (persons.emailTaken(email, existingId)) {
			violations.add(new Violation("email", "admin.person.email-taken"));
		}
		if (existingId == null) {
			if (!USERNAME.matcher(username).matches()) {
				violations.add(new Violation("username", "admin.person.username-invalid"));
			}
			else if (persons.usernameTaken(username)) {
				violations.add(new Violation("username", "admin.person.username-taken"));
			}
		}
		if (jobTitle != null && jobTitle.length() > 200) {
			violations.add(new Violation("jobTitle", "validation.too-long", 200));
		}
		if (details.roles().isEmpty()) {
			violations.add(new Violation("roles", "admin.person.role-required"));
		}
		List<UUID> ownTeams = teams.ofOrganisation(organisation.id()).stream().map(TeamSummary::id).toList();
		if (!ownTeams.containsAll(details.teamIds())) {
			violations.add(new Violation("teamIds", "admin.person.team-unknown"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new PersonDetails(displayName, email, username, jobTitle, Set.copyOf(details.roles()),
				details.teamIds().stream().distinct().toList());
	}

	static String requireName(String name, String field) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty()) {
			throw new InvalidInputException(field, "validation.required");
		}
		if (clean.length() > 200) {
			throw new InvalidInputException(field, "validation.too-long", 200);
		}
		return clean;
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public record NewPerson(UUID personId, Invitations.IssuedInvitation invitation) {
	}

	public record TeamMembers(TeamSummary team, List<PersonRow> members) {
	}

}
