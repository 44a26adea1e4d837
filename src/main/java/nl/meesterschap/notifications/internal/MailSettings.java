package nl.meesterschap.notifications.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail delivery. {@code from} is the sender address; {@code signingKey} (at least 32 characters) signs
 * unsubscribe links, otherwise a key generated once and kept in the database does; links stay valid for
 * {@code unsubscribeValidity}. The sender handles up to {@code batchSize} mails per run, holds each for
 * {@code lease} while sending, and after a failure waits {@code retryDelay} doubled per attempt up to
 * {@code maxRetryDelay}; it gives up after {@code maxAttempts} tries or when a mail is older than {@code maxAge}.
 */
@ConfigurationProperties("meesterschap.mail")
record MailSettings(String from, @Nullable String signingKey, Duration unsubscribeValidity, int batchSize,
		Duration lease, Duration retryDelay, Duration maxRetryDelay, int maxAttempts, Duration maxAge) {

	MailSettings {
		from = from == null || from.isBlank() ? "Meesterschap <noreply@meesterschap.example>" : from;
		signingKey = signingKey == null || signingKey.isBlank() ? null : signingKey;
		unsubscribeValidity = unsubscribeValidity == null ? Duration.ofDays(365) : unsubscribeValidity;
		batchSize = batchSize <= 0 ? 100 : batchSize;
		lease = lease == null ? Duration.ofMinutes(5) : lease;
		retryDelay = retryDelay == null ? Duration.ofSeconds(30) : retryDelay;
		maxRetryDelay = maxRetryDelay == null ? Duration.ofHours(1) : maxRetryDelay;
		maxAttempts = maxAttempts <= 0 ? 20 : maxAttempts;
		maxAge = maxAge == null ? Duration.ofDays(3) : maxAge;
	}

	/** The wait before the next try after {@code attempts} failed ones: doubling, capped. */
	Duration backoff(int attempts) {
		Duration delay = retryDelay;
		for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
	}

}
