package nl.meesterschap.learning.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import nl.meesterschap.learning.InvalidStatementException;

/**
 * How statements and the attachment parts of a request must fit (xAPI Data 2.4.11, Communication 1.5.2): every
 * attachment without a fileUrl has a part with its hash, every part belongs to an attachment, and signature
 * attachments hold a valid signature of their statement.
 */
final class AttachmentRequirements {

	private AttachmentRequirements() {
	}

	static void check(List<JsonNode> statements, List<Attachment> parts) {
		Map<String, Attachment> byHash = new HashMap<>();
		parts.forEach(part -> byHash.put(part.sha2().toLowerCase(Locale.ROOT), part));
		Set<String> used = new HashSet<>();
		for (JsonNode statement : statements) {
			statement.path("attachments").forEach(a -> require(statement, a, SignatureVerifier.isSignature(a), byHash, used));
			statement.path("object").path("attachments").forEach(a -> require(statement, a, false, byHash, used));
		}
		for (String sha2 : byHash.keySet()) {
			if (!used.contains(sha2)) {
				throw new InvalidStatementException("attachments: a part with hash " + sha2
						+ " belongs to no attachment of the statements");
			}
		}
	}

	/** One declared attachment: its part (unless it has a fileUrl), and a valid signature if it is one. */
	private static void require(JsonNode statement, JsonNode attachment, boolean signature, Map<String, Attachment> parts,
			Set<String> used) {
		String sha2 = attachment.path("sha2").stringValue("").toLowerCase(Locale.ROOT);
		Attachment part = parts.get(sha2);
		if (part != null) {
			used.add(sha2);
		}
		else if (!attachment.has("fileUrl") || signature) {
			throw new InvalidStatementException("attachments: no content was sent for the attachment with sha2 " + sha2);
		}
		if (signature) {
			SignatureVerifier.verify(statement, attachment, part);
		}
	}

	/** The attachments a statement and its SubStatement declare. */
	static List<JsonNode> declared(JsonNode statement) {
		List<JsonNode> declared = new ArrayList<>();
		statement.path("attachments").forEach(declared::add);
		statement.path("object").path("attachments").forEach(declared::add);
		return declared;
	}

}
