package nl.meesterschap.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.internal.InvitationRepository.Invitation;

/**
 * Invitation links: an admin adds a person, passes the link on, and the person chooses their own password.
 * Until e-mail delivery exists, the admin sees the link once and shares it.
 */
@Service
public class Invitations {

	static final String PREFIX = "inv_";

	private final InvitationRepository invitations;

	private final PersonRepository persons;

	private final PasswordEncoder passwordEncoder;

	private final SecuritySettings settings;

	private final AuditLog audit;

	private final Clock clock;

	Invitations(InvitationRepository invitations, PersonRepository persons, PasswordEncoder passwordEncoder,
			SecuritySettings settings, AuditLog audit, Clock clock) {
		this.invitations = invitations;
		this.persons = persons;
		this.passwordEncoder = passwordEncoder;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new invitation for the person (earlier open ones stop working); returns the secret for the link. */
	@Transactional
	public IssuedInvitation invite(UUID personId, UUID invitedBy) {
		Instant now = clock.instant();
		invitations.revokeOpen(personId, now);
		String secret = Secrets.newSecret(PREFIX);
		Invitation invitation = new Invitation(UUID.randomUUID(), personId, now, now.plus(settings.invitationValidity()),
				null, null);
		invitations.insert(invitation, Secrets.hash(secret), invitedBy);
		persons.find(personId).ifPresent(p -> audit.record(p.organisationId(), invitedBy, "INVITED", personId, null));
		return new IssuedInvitation(secret, invitation.expiresAt());
	}

	/** What an invitation link leads to. */
	@Transactional(readOnly = true)
	public Lookup lookup(String secret) {
		if (!secret.startsWith(PREFIX)) {
			return new Lookup(State.UNKNOWN, null);
		}
		return invitations.findByHash(Secrets.hash(secret)).map(invitation -> {
			PersonRow person = persons.find(invitation.personId()).orElseThrow();
			if (invitation.acceptedAt() != null) {
				return new Lookup(State.USED, person);
			}
			if (invitation.revokedAt() != null) {
				return new Lookup(State.REPLACED, person);
			}
			if (!invitation.expiresAt().isAfter(clock.instant())) {
				return new Lookup(State.EXPIRED, person);
			}
			return new Lookup(State.VALID, person);
		}).orElse(new Lookup(State.UNKNOWN, null));
	}

	/** Sets the person's first password; refuses an invitation that is not valid any more. */
	@Transactional
	public PersonRow accept(String secret, String password, String confirmation) {
		Lookup lookup = lookup(secret);
		if (lookup.state() != State.VALID || lookup.person() == null) {
			throw new IllegalStateException("Invitation is " + lookup.state());
		}
		PersonRow person = lookup.person();
		PasswordPolicy.check(password, confirmation, person.username(), person.email());
		persons.setPassword(person.id(), passwordEncoder.encode(password));
		invitations.findByHash(Secrets.hash(secret)).ifPresent(i -> invitations.markAccepted(i.id(), clock.instant()));
		audit.record(person.organisationId(), person.id(), "INVITATION_ACCEPTED", person.id(), null);
		return person;
	}

	public enum State {
		VALID, EXPIRED, USED, REPLACED, UNKNOWN
	}

	public record Lookup(State state, @org.jspecify.annotations.Nullable PersonRow person) {
	}

	public record IssuedInvitation(String secret, Instant expiresAt) {

		public String path() {
			return "/uitnodiging/" + secret;
		}

	}

}
