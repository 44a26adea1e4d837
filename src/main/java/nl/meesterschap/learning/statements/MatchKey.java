package nl.meesterschap.learning.statements;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * A filterable value of a statement (an agent, verb, activity or registration) as it is indexed: a 128-bit hash
 * of the organisation, the kind of match and the value. The key alone therefore scopes a row to one organisation,
 * and keeps the index narrow however long an IRI is.
 */
public record MatchKey(Kind kind, String value) {

	/** What the value matches in a statement query. */
	public enum Kind {

		/** The statement's actor or object ({@code agent}). */
		AGENT('A'),
		/** Any agent of the statement ({@code agent} with {@code related_agents=true}). */
		RELATED_AGENT('a'),
		VERB('V'),
		/** The statement's object ({@code activity}). */
		ACTIVITY('C'),
		/** Any activity of the statement ({@code activity} with {@code related_activities=true}). */
		RELATED_ACTIVITY('c'),
		REGISTRATION('R');

		private final char code;

		Kind(char code) {
			this.code = code;
		}

	}

	public UUID hash(UUID organisationId) {
		return hash(organisationId, kind.code + value);
	}

	/** A 128-bit key for any organisation-scoped string (activity ids, agents of documents). */
	public static UUID hash(UUID organisationId, String value) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(organisationId.toString().getBytes(StandardCharsets.US_ASCII));
			digest.update((byte) 0);
			ByteBuffer bytes = ByteBuffer.wrap(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
			return new UUID(bytes.getLong(), bytes.getLong());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

}
