package nl.meesterschap.learning.xapi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import nl.meesterschap.learning.InvalidStatementException;
import nl.meesterschap.learning.statements.LrsJson;
import nl.meesterschap.learning.statements.StatementQuery.Position;

/**
 * The {@code more} link of a statement result: {@code /xapi/statements?more=<token>}, where the token holds the
 * query's parameters and the keyset position (stored, seq) after the last statement. The link is stable: it needs
 * no server state and pages never repeat or skip a statement, whatever is stored meanwhile.
 */
final class MoreLinks {

	private MoreLinks() {
	}

	/** A decoded token: the original parameters and where the next page starts. */
	record More(Map<String, String> parameters, Position after) {
	}

	static String link(String contextPath, Map<String, String> parameters, Position after) {
		ObjectNode token = JsonNodeFactory.instance.objectNode();
		ObjectNode params = token.putObject("p");
		parameters.forEach(params::put);
		token.put("s", after.stored().toString());
		token.put("q", after.seq());
		return contextPath + "/xapi/statements?more="
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(LrsJson.bytes(token));
	}

	static More parse(String value) {
		try {
			JsonNode token = LrsJson.parse(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8));
			Map<String, String> parameters = new LinkedHashMap<>();
			token.get("p").properties().forEach(p -> parameters.put(p.getKey(), p.getValue().stringValue()));
			return new More(parameters, new Position(Instant.parse(token.get("s").stringValue()), token.get("q").longValue()));
		}
		catch (IllegalArgumentException | NullPointerException | InvalidStatementException
				| DateTimeParseException e) {
			throw XapiException.badRequest("The more link is not one this LRS made");
		}
	}

}
