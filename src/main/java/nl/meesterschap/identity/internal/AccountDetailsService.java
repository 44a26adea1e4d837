package nl.meesterschap.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.identity.Role;

/** Loads a local account by user name or e-mail address for password login. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final PersonRepository persons;

	private final Clock clock;

	AccountDetailsService(PersonRepository persons, Clock clock) {
		this.persons = persons;
		this.clock = clock;
	}

	@Override
	public AuthenticatedPerson loadUserByUsername(String login) {
		return persons.findByLogin(login).map(this::principal).orElseThrow(() -> new UsernameNotFoundException(login));
	}

	AuthenticatedPerson principal(PersonRow person) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		persons.roles(person.id()).values().forEach(roles::addAll);
		return new AuthenticatedPerson(person.id(), person.organisationId(), person.username(), person.displayName(),
				person.passwordHash(), person.enabled(), person.lockedUntil(), clock.instant(), roles);
	}

}
