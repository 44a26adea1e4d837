package nl.meesterschap.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.AuthenticatedPerson;

/** Counts wrong passwords and locks the account for a while after too many in a row. */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final PersonRepository persons;

	private final SecuritySettings settings;

	private final AuditLog audit;

	private final Clock clock;

	LoginAttempts(PersonRepository persons, SecuritySettings settings, AuditLog audit, Clock clock) {
		this.persons = persons;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		String login = String.valueOf(event.getAuthentication().getPrincipal());
		persons.findByLogin(login).ifPresent(person -> {
			int failures = persons.recordFailedLogin(person.id());
			if (failures >= settings.maxFailedLogins()) {
				Instant until = clock.instant().plus(settings.lockoutDuration());
				persons.lockUntil(person.id(), until);
				audit.record(person.organisationId(), null, "ACCOUNT_LOCKED", person.id(),
						failures + " wrong passwords in a row");
				log.warn("Account {} locked until {} after {} failed logins", person.username(), until, failures);
			}
		});
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AuthenticatedPerson person) {
			persons.recordSuccessfulLogin(person.personId(), clock.instant());
		}
	}

}
