package nl.meesterschap.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.meesterschap.identity.AuthenticatedPerson;
import nl.meesterschap.web.InvalidInputException;

/**
 * Personal access tokens for the API: issued once, stored hashed, listed and revoked by their owner. A token that
 * was just found valid is remembered on this node for {@code meesterschap.api.token-memory} (10 s; 0 switches it
 * off), so a client's burst of calls does not ask the database every time; revoking it, or an administrator
 * changing its owner, forgets it at once here, and on another node it stops working within that time (ADR 0014).
 */
@Service
public class ApiTokens {

	static final String PREFIX = "msp_";

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private static final int MAX_REMEMBERED = 10_000;

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	private final TransactionTemplate transactions;

	private final Duration remember;

	private final ApiTokenRepository tokens;

	private final PersonRepository persons;

	private final AccountDetailsService accounts;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, PersonRepository persons, AccountDetailsService accounts, AuditLog audit,
			Clock clock, PlatformTransactionManager transactionManager,
			@Value("${meesterschap.api.token-memory:10s}") Duration remember) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.remember = remember;
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
		forget(entry -> entry.tokenId().equals(tokenId));
		if (revoked) {
			persons.find(personId).ifPresent(p -> audit.record(p.organisationId(), personId, "TOKEN_REVOKED", tokenId, null));
		}
		return revoked;
	}

	/** The person a bearer token belongs to, when the token is active and the account usable. */
	public Optional<AuthenticatedPerson> authenticate(String secret) {
		if (!secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String hash = Secrets.hash(secret);
		Instant now = clock.instant();
		Remembered known = remembered.get(hash);
		if (known != null && now.isBefore(known.until())) {
			return Optional.of(known.person());
		}
		Optional<Remembered> found = transactions.execute(status -> tokens.findActiveByHash(hash).flatMap(token -> {
			if (token.lastUsedAt() == null || token.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
				tokens.touch(token.id(), now);
			}
			return persons.find(token.personId())
				.map(accounts::principal)
				.filter(person -> person.isEnabled() && person.isAccountNonLocked())
				.map(person -> new Remembered(token.id(), person, now.plus(remember)));
		}));
		if (found == null || found.isEmpty()) {
			remembered.remove(hash);
			return Optional.empty();
		}
		if (remember.isZero() || remember.isNegative()) {
			return Optional.of(found.get().person());
		}
		if (remembered.size() >= MAX_REMEMBERED) {
			remembered.clear();
		}
		remembered.put(hash, found.get());
		return Optional.of(found.get().person());
	}

	/** Forgets what this node remembers of a person's tokens (their account, roles or teams changed). */
	public void forget(UUID personId) {
		forget(entry -> entry.person().personId().equals(personId));
	}

	/** Forgets now, and again when the current transaction ends, so no call in between can remember the old state. */
	private void forget(Predicate<Remembered> which) {
		remembered.values().removeIf(which);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					remembered.values().removeIf(which);
				}
			});
		}
	}

	private record Remembered(UUID tokenId, AuthenticatedPerson person, Instant until) {
	}

	/** A newly issued token with its secret, shown once. */
	public record IssuedToken(ApiToken token, String secret) {
	}

}
