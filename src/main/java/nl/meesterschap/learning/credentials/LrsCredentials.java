package nl.meesterschap.learning.credentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import nl.meesterschap.learning.statements.XapiVersion;

/**
 * LRS credentials: an administrator issues them per organisation (the secret is shown once and stored as a
 * SHA-256 hash: it has 256 bits of entropy, so a fast hash is safe), lists and revokes them; the LRS authenticates
 * HTTP Basic calls with them.
 */
@Service
public class LrsCredentials {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final CredentialRepository credentials;

	private final Clock clock;

	private final String homePage;

	LrsCredentials(CredentialRepository credentials, Clock clock,
			@Value("${meesterschap.public-url}") String publicUrl) {
		this.credentials = credentials;
		this.clock = clock;
		this.homePage = publicUrl.replaceAll("/+$", "") + "/xapi";
	}

	/** A new credential with its secret, which exists nowhere else. */
	public record IssuedCredential(LrsCredential credential, String secret) {
	}

	@Transactional
	public IssuedCredential issue(UUID organisationId, UUID createdBy, String name, XapiVersion xapiVersion) {
		String trimmed = name == null || name.isBlank() ? "LRS-koppeling" : name.strip();
		if (trimmed.length() > 100) {
			throw new IllegalArgumentException("name is longer than 100 characters");
		}
		String secret = random(32);
		LrsCredential credential = new LrsCredential(UUID.randomUUID(), organisationId, trimmed, "lrs_" + random(12),
				xapiVersion, createdBy, clock.instant(), null, null);
		credentials.insert(credential, hash(secret));
		return new IssuedCredential(credential, secret);
	}

	@Transactional(readOnly = true)
	public List<LrsCredential> of(UUID organisationId) {
		return credentials.ofOrganisation(organisationId);
	}

	/** False when the organisation has no such active credential. */
	@Transactional
	public boolean revoke(UUID organisationId, UUID credentialId) {
		return credentials.revoke(organisationId, credentialId, clock.instant());
	}

	@Transactional
	public Optional<LrsClient> authenticate(String key, String secret) {
		return credentials.findActive(key)
			.filter(stored -> MessageDigest.isEqual(stored.secretHash().getBytes(StandardCharsets.US_ASCII),
					hash(secret).getBytes(StandardCharsets.US_ASCII)))
			.map(stored -> {
				LrsCredential credential = stored.credential();
				Instant now = clock.instant();
				if (credential.lastUsedAt() == null || credential.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
					credentials.touch(credential.id(), now);
				}
				return new LrsClient(credential.id(), credential.organisationId(), authority(credential),
						credential.xapiVersion());
			});
	}

	/** The authority of statements stored with this credential: an Agent identified by an account on the LRS. */
	private ObjectNode authority(LrsCredential credential) {
		ObjectNode agent = JsonNodeFactory.instance.objectNode();
		agent.put("objectType", "Agent");
		agent.put("name", credential.name());
		ObjectNode account = agent.putObject("account");
		account.put("homePage", homePage);
		account.put("name", credential.key());
		return agent;
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	private static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

}
