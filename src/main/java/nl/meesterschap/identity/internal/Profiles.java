package nl.meesterschap.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.NetworkSummary;
import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.identity.Role;
import nl.meesterschap.identity.TeamSummary;
import nl.meesterschap.web.InvalidInputException;

/** A person's own account: what the profile page and {@code GET /api/v1/me} show, and password changes. */
@Service
@Transactional
public class Profiles {

	private final PersonRepository persons;

	private final OrganisationRepository organisations;

	private final TeamRepository teams;

	private final NetworkRepository networks;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	Profiles(PersonRepository persons, OrganisationRepository organisations, TeamRepository teams,
			NetworkRepository networks, PasswordEncoder passwordEncoder, AuditLog audit) {
		this.persons = persons;
		this.organisations = organisations;
		this.teams = teams;
		this.networks = networks;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Profile profile(UUID personId) {
		PersonRow person = persons.find(personId).orElseThrow();
		Map<UUID, Set<Role>> roles = persons.roles(personId);
		List<RolesIn> rolesIn = roles.entrySet().stream()
			.flatMap(e -> organisations.find(e.getKey()).map(org -> new RolesIn(org, Set.copyOf(e.getValue()))).stream())
			.toList();
		return new Profile(person, organisations.find(person.organisationId()).orElseThrow(), teams.ofPerson(personId),
				networks.ofPerson(personId), rolesIn);
	}

	public void changePassword(UUID personId, String current, String password, String confirmation) {
		PersonRow person = persons.find(personId).orElseThrow();
		if (person.passwordHash() == null || !passwordEncoder.matches(current, person.passwordHash())) {
			throw new InvalidInputException("currentPassword", "password.current-wrong");
		}
		PasswordPolicy.check(password, confirmation, person.username(), person.email());
		persons.setPassword(personId, passwordEncoder.encode(password));
		audit.record(person.organisationId(), personId, "PASSWORD_CHANGED", personId, null);
	}

	public void setPreferredLocale(UUID personId, @Nullable String locale) {
		persons.setPreferredLocale(personId, locale);
	}

	/** Until when the account behind this login is locked, if it is. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String login, Instant now) {
		return persons.findByLogin(login).filter(p -> p.lockedAt(now)).map(PersonRow::lockedUntil);
	}

	public record Profile(PersonRow person, OrganisationSummary organisation, List<TeamSummary> teams,
			List<NetworkSummary> networks, List<RolesIn> roles) {
	}

	public record RolesIn(OrganisationSummary organisation, Set<Role> roles) {
	}

}
