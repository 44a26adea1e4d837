package nl.meesterschap.learning.statements;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a valid received statement into the statement the LRS keeps: an id when it had none, context activities
 * as arrays, a UTC timestamp (the stored time when absent), and the LRS's own stored, authority and version.
 */
final class StatementPreparer {

	static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private StatementPreparer() {
	}

	/** The received statement in normal form (no LRS-set properties): what identical re-sends are compared by. */
	static ObjectNode normalised(JsonNode received) {
		ObjectNode statement = ((ObjectNode) received).deepCopy();
		contextActivitiesAsArrays(statement.get("context"));
		JsonNode object = statement.get("object");
		if (object != null && "SubStatement".equals(object.path("objectType").stringValue(null))) {
			contextActivitiesAsArrays(object.get("context"));
		}
		return statement;
	}

	static ObjectNode prepare(ObjectNode normalised, UUID id, Instant stored, JsonNode authority, XapiVersion version) {
		ObjectNode statement = normalised.deepCopy();
		ObjectNode result = JsonNodeFactory.instance.objectNode();
		result.put("id", normalised.has("id") ? normalised.get("id").stringValue() : id.toString());
		statement.properties().forEach(p -> {
			if (!p.getKey().equals("id")) {
				result.set(p.getKey(), p.getValue());
			}
		});
		String storedText = STORED.format(stored);
		result.put("timestamp", statement.has("timestamp") ? utc(statement.get("timestamp").stringValue())
				: storedText);
		result.put("stored", storedText);
		result.set("authority", authority.deepCopy());
		if (!statement.has("version")) {
			result.put("version", version == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.0");
		}
		return result;
	}

	/** A timestamp with an offset other than UTC becomes the same instant in UTC (xAPI 2.0). */
	private static String utc(String timestamp) {
		return Formats.timestamp(timestamp)
			.filter(t -> !t.getOffset().equals(ZoneOffset.UTC))
			.map(t -> t.withOffsetSameInstant(ZoneOffset.UTC).toString())
			.orElse(timestamp);
	}

	private static void contextActivitiesAsArrays(JsonNode context) {
		if (context == null || !context.has("contextActivities")) {
			return;
		}
		ObjectNode activities = (ObjectNode) context.get("contextActivities");
		for (String name : activities.propertyNames().toArray(String[]::new)) {
			JsonNode value = activities.get(name);
			if (!value.isArray()) {
				ArrayNode array = JsonNodeFactory.instance.arrayNode();
				array.add(value);
				activities.set(name, array);
			}
		}
	}

}
