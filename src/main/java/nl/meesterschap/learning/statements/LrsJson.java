package nl.meesterschap.learning.statements;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.meesterschap.learning.InvalidStatementException;

/**
 * JSON as the LRS reads and writes it: duplicate properties are an error, decimals keep their exact digits, and
 * nothing may follow the document.
 */
public final class LrsJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private LrsJson() {
	}

	/** @throws InvalidStatementException when the text is not one JSON value */
	public static JsonNode parse(String text) {
		try {
			JsonNode node = MAPPER.readTree(text);
			if (node == null || node.isMissingNode()) {
				throw new InvalidStatementException("the body is empty, a JSON document was expected");
			}
			return node;
		}
		catch (JacksonException e) {
			throw new InvalidStatementException("the body is not valid JSON: " + e.getOriginalMessage());
		}
	}

	public static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	public static byte[] bytes(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

}
