package nl.meesterschap.learning.xapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

import nl.meesterschap.learning.statements.Attachment;
import nl.meesterschap.learning.statements.LrsJson;

/**
 * The body of a PUT or POST to /statements: application/json, or multipart/mixed with the statements first and
 * attachment contents after (xAPI Communication 1.5). Any other content type is refused.
 */
record StatementBodies(JsonNode statements, List<Attachment> attachments) {

	static StatementBodies parse(String contentType, byte[] body) {
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType == null ? "application/json" : contentType);
		}
		catch (InvalidMediaTypeException e) {
			throw XapiException.badRequest("Content-Type " + contentType + " is not a media type");
		}
		if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
			return new StatementBodies(LrsJson.parse(new String(body, StandardCharsets.UTF_8)), List.of());
		}
		if (type.getType().equals("multipart") && type.getSubtype().equals("mixed")) {
			MultipartMixed.Request request = MultipartMixed.parseRequest(type, body);
			return new StatementBodies(LrsJson.parse(request.statements()), request.attachments());
		}
		throw XapiException.badRequest("Statements are sent as application/json or multipart/mixed, not " + contentType);
	}

	/** The statements of a POST: one statement or an array of them. */
	List<JsonNode> batch() {
		List<JsonNode> batch = new ArrayList<>();
		if (statements.isArray()) {
			statements.forEach(batch::add);
		}
		else {
			batch.add(statements);
		}
		return batch;
	}

}
