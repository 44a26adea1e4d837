package nl.meesterschap.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secret behind unsubscribe links: {@code meesterschap.mail.signing-key} when set, otherwise 256 random bits
 * made on first use and kept in {@code notification_signing_key}, so every node (and every restart) signs alike.
 */
@Component
class SigningKey {

	private static final int MIN_LENGTH = 32;

	private final JdbcClient jdbc;

	private final MailSettings settings;

	private final Clock clock;

	private volatile byte[] secret;

	SigningKey(JdbcClient jdbc, MailSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		if (settings.signingKey() != null && settings.signingKey().length() < MIN_LENGTH) {
			throw new IllegalStateException("meesterschap.mail.signing-key must have at least " + MIN_LENGTH + " characters");
		}
	}

	/** Made at start, outside any transaction (a lost insert race then costs nothing). */
	@EventListener(ApplicationReadyEvent.class)
	void prepare() {
		bytes();
	}

	byte[] bytes() {
		byte[] known = secret;
		if (known == null) {
			known = settings.signingKey() != null ? settings.signingKey().getBytes(StandardCharsets.UTF_8) : stored();
			secret = known;
		}
		return known.clone();
	}

	private byte[] stored() {
		return jdbc.sql("SELECT secret FROM notification_signing_key WHERE id = 1").query(String.class).optional()
			.orElseGet(this::generate)
			.getBytes(StandardCharsets.US_ASCII);
	}

	private String generate() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		try {
			jdbc.sql("INSERT INTO notification_signing_key (id, secret, created_at) VALUES (1, ?, ?)")
				.params(Base64.getUrlEncoder().withoutPadding().encodeToString(random), Db.ts(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException anotherNodeWasFaster) {
			// use theirs
		}
		return jdbc.sql("SELECT secret FROM notification_signing_key WHERE id = 1").query(String.class).single();
	}

}
