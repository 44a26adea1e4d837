package nl.meesterschap.learning.statements;

import static nl.meesterschap.learning.statements.JsonRules.invalid;
import static nl.meesterschap.learning.statements.JsonRules.object;
import static nl.meesterschap.learning.statements.JsonRules.only;
import static nl.meesterschap.learning.statements.JsonRules.required;
import static nl.meesterschap.learning.statements.JsonRules.string;

import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Attachment descriptions in a statement (xAPI Data 2.4.11); their contents are checked by the HTTP layer. */
final class AttachmentRules {

	private static final Set<String> ATTACHMENT = Set.of("usageType", "display", "description", "contentType",
			"length", "sha2", "fileUrl");

	private AttachmentRules() {
	}

	static void attachments(JsonNode attachments, String path) {
		if (!attachments.isArray()) {
			throw invalid(path, "must be an array of attachments");
		}
		for (int i = 0; i < attachments.size(); i++) {
			attachment(attachments.get(i), path + "[" + i + "]");
		}
	}

	private static void attachment(JsonNode attachment, String path) {
		object(attachment, path);
		only(attachment, path, ATTACHMENT);
		JsonRules.iri(required(attachment, "usageType", path), path + ".usageType");
		JsonRules.languageMap(required(attachment, "display", path), path + ".display");
		JsonRules.optionalLanguageMap(attachment, "description", path);
		if (!Formats.mediaType(string(required(attachment, "contentType", path), path + ".contentType"))) {
			throw invalid(path + ".contentType", "must be an Internet media type");
		}
		JsonNode length = required(attachment, "length", path);
		if (!length.isIntegralNumber() || length.longValue() < 0) {
			throw invalid(path + ".length", "must be a non-negative integer");
		}
		if (!Formats.sha2Hex(string(required(attachment, "sha2", path), path + ".sha2"))) {
			throw invalid(path + ".sha2", "must be a hex-encoded SHA-2 hash");
		}
		JsonRules.optionalIri(attachment, "fileUrl", path);
	}

}
