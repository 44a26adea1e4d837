package nl.meesterschap.learning;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** A multipart/mixed request body as xAPI clients send statements with attachments. */
final class Multipart {

	static final String BOUNDARY = "xapi-test-boundary";

	static final String CONTENT_TYPE = "multipart/mixed; boundary=" + BOUNDARY;

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	Multipart(String statements) {
		write("--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n" + statements);
	}

	Multipart part(String contentType, String sha2, byte[] content, boolean binary) {
		write("\r\n--" + BOUNDARY + "\r\nContent-Type: " + contentType + "\r\n"
				+ (binary ? "Content-Transfer-Encoding: binary\r\n" : "")
				+ (sha2 == null ? "" : "X-Experience-API-Hash: " + sha2 + "\r\n") + "\r\n");
		body.writeBytes(content);
		return this;
	}

	byte[] bytes() {
		ByteArrayOutputStream done = new ByteArrayOutputStream();
		done.writeBytes(body.toByteArray());
		done.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
		return done.toByteArray();
	}

	private void write(String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	/** A statement declaring one attachment (with a fileUrl or not). */
	static String statementWith(String sha2, int length, String usageType, String contentType, String fileUrl) {
		return Lrs.statement(Lrs.unique("mbox"), Lrs.unique("verb"), Lrs.unique("activity")).replaceFirst("\\}$", """
				, "attachments": [{"usageType": "%s", "display": {"en-US": "Verslag"}, "contentType": "%s",
				  "length": %d, "sha2": "%s"%s}]}""".formatted(usageType, contentType, length, sha2,
				fileUrl == null ? "" : ", \"fileUrl\": \"" + fileUrl + "\""));
	}

}
