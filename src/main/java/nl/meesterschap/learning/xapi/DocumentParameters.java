package nl.meesterschap.learning.xapi;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

import nl.meesterschap.learning.statements.AgentParameter;
import nl.meesterschap.learning.statements.Formats;
import nl.meesterschap.learning.statements.Ifi;

/** The parameters of the document, Activities and Agents resources: known ones only, each once, valid values. */
final class DocumentParameters {

	private final Map<String, String> values = new LinkedHashMap<>();

	private DocumentParameters() {
	}

	static DocumentParameters of(HttpServletRequest request, Set<String> allowed) {
		DocumentParameters parameters = new DocumentParameters();
		request.getParameterMap().forEach((name, given) -> {
			if (!allowed.contains(name)) {
				throw XapiException.badRequest("Unknown parameter " + name);
			}
			if (given.length != 1) {
				throw XapiException.badRequest("Parameter " + name + " is given more than once");
			}
			parameters.values.put(name, given[0]);
		});
		return parameters;
	}

	@Nullable
	String activityId(boolean required) {
		String value = text("activityId", required);
		if (value != null && !Formats.iri(value)) {
			throw XapiException.badRequest("activityId must be an IRI");
		}
		return value;
	}

	@Nullable
	JsonNode agent(boolean required) {
		String value = text("agent", required);
		return value == null ? null : AgentParameter.parse(value, "agent");
	}

	@Nullable
	String agentIfi(boolean required) {
		JsonNode agent = agent(required);
		return agent == null ? null : Ifi.of(agent).orElseThrow();
	}

	@Nullable
	UUID registration() {
		String value = values.get("registration");
		return value == null ? null
				: Formats.parseUuid(value).orElseThrow(() -> XapiException.badRequest("registration must be a UUID"));
	}

	@Nullable
	Instant since() {
		String value = values.get("since");
		return value == null ? null
				: Formats.timestamp(value)
					.orElseThrow(() -> XapiException.badRequest("since must be an ISO 8601 timestamp"))
					.toInstant();
	}

	@Nullable
	String text(String name, boolean required) {
		String value = values.get(name);
		if (value == null && required) {
			throw XapiException.badRequest("The " + name + " parameter is required");
		}
		return value;
	}

}
