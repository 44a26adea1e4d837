package nl.meesterschap.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Signed one-click unsubscribe links: {@code base64url(v1|person|target|expiry) . base64url(HMAC-SHA256)}. The
 * link itself is the permission, so it works without logging in; it says whom and what, and until when.
 */
@Component
public class UnsubscribeTokens {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SigningKey key;

	UnsubscribeTokens(SigningKey key) {
		this.key = key;
	}

	String sign(UUID personId, String target, Instant expires) {
		String payload = "v1|" + personId + "|" + target + "|" + expires.getEpochSecond();
		byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
		return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
	}

	/** What a link says, if it was made here and nobody changed it; whether it expired is the caller's question. */
	public Verified verify(String token) {
		int dot = token.indexOf('.');
		if (dot < 1 || dot != token.lastIndexOf('.') || token.length() > 1000) {
			throw new InvalidTokenException();
		}
		try {
			byte[] payload = DECODER.decode(token.substring(0, dot));
			byte[] signature = DECODER.decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(mac(payload), signature)) {
				throw new InvalidTokenException();
			}
			String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
			if (parts.length != 4 || !parts[0].equals("v1")) {
				throw new InvalidTokenException();
			}
			return new Verified(UUID.fromString(parts[1]), parts[2], Instant.ofEpochSecond(Long.parseLong(parts[3])));
		}
		catch (IllegalArgumentException notOurs) {
			throw new InvalidTokenException();
		}
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
		}
	}

	/** A link's contents. */
	public record Verified(UUID personId, String target, Instant expires) {

		public boolean expiredAt(Instant now) {
			return !now.isBefore(expires);
		}

	}

	/** The link was not made here, or was changed. */
	public static class InvalidTokenException extends RuntimeException {

		InvalidTokenException() {
			super("Invalid unsubscribe link");
		}

	}

}
