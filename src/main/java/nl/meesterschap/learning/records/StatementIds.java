package nl.meesterschap.learning.records;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Statement ids made from what happened (RFC 9562 version 5: SHA-1 of a namespace and a name), so that an event
 * delivered twice becomes the same statement and the learning record store keeps it once.
 */
final class StatementIds {

	/** The namespace of Meesterschap's statement ids: the version 5 id of the profile's name in RFC 9562's URL namespace. */
	static final UUID NAMESPACE = nameBased(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
			"https://meesterschap.nl/xapi-profile");

	private StatementIds() {
	}

	/** The id of the statement about this event: its kind and the ids that name it, in a fixed order. */
	static UUID of(String kind, Object... identity) {
		StringBuilder name = new StringBuilder(kind);
		for (Object part : identity) {
			name.append(':').append(part);
		}
		return nameBased(NAMESPACE, name.toString());
	}

	static UUID nameBased(UUID namespace, String name) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			sha1.update(ByteBuffer.allocate(16)
				.putLong(namespace.getMostSignificantBits())
				.putLong(namespace.getLeastSignificantBits())
				.array());
			byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
			ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
			return new UUID(bytes.getLong(), bytes.getLong());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
		}
	}

}
