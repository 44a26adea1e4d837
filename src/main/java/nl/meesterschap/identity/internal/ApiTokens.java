package nl.meesterschap.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.web.InvalidInputException;

/** Personal access tokens for the API: issued once, stored hashed, listed and revoked by their owner. */
@Service
public class ApiTokens {

	static final String PREFIX = "msp_";

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final ApiTokenRepository tokens;

	private final PersonRepository persons;

	private final AccountDetailsService accounts;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, PersonRepository persons, AccountDetailsService accounts, AuditLog audit,
			Clock clock) {
		this.tokens = tokens;
		this.persons = persons;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a token; the secret is in the result and nowhere else. */
	@Transactional
	public IssuedToken issue(UUID personId, String name) {
		String trimmed = name.strip().isEmpty() ? "API-token" : name.strip();
		if (trimmed.length() > 100) {
			throw new InvalidInputException("name", "token.name.too-long", 100);
		}
		String secret = Secrets.newSecret(PREFIX);
		ApiToken token = new ApiToken(UUID.randomUUID(), personId, trimmed, secret.substring(0, PREFIX.length() + 4) + "…",
				clock.instant(), null, null);
		tokens.insert(token, Secrets.hash(secret));
		persons.find(personId).ifPresent(p -> audit.record(p.organisationId(), personId, "TOKEN_ISSUED", token.id(), trimmed));
		return new IssuedToken(token, secret);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> of(UUID personId) {
		return tokens.ofPerson(personId);
	}

	@Transactional
	public boolean revoke(UUID personId, UUID tokenId) {
		boolean revoked = tokens.revoke(personId, tokenId, clock.instant());
		if (revoked) {
			persons.find(personId).ifPresent(p -> audit.record(p.organisationId(), personId, "TOKEN_REVOKED", tokenId, null));
		}
		return revoked;
	}

	/** The person a bearer token belongs to, when the token is active and the account usable. */
	@Transactional
	public Optional<AuthenticatedPerson> authenticate(String secret) {
		if (!secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return tokens.findActiveByHash(Secrets.hash(secret)).flatMap(token -> {
			if (token.lastUsedAt() == null || token.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
				tokens.touch(token.id(), now);
			}
			return persons.find(token.personId());
		})
			.map(accounts::principal)
			.filter(person -> person.isEnabled() && person.isAccountNonLocked());
	}

	/** A newly issued token with its secret, shown once. */
	public record IssuedToken(ApiToken token, String secret) {
	}

}
