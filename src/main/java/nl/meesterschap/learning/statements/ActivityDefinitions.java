package nl.meesterschap.learning.statements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The LRS's canonical definition of each activity (learning_activity): the definitions statements carry are merged
 * into it, newer values winning and language maps and extensions merged key by key.
 */
@Repository
public class ActivityDefinitions {

	private static final List<String> MERGED_MAPS = List.of("name", "description", "extensions");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ActivityDefinitions(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public Optional<JsonNode> find(UUID organisationId, String activityId) {
		return jdbc.sql("SELECT activity_json FROM learning_activity WHERE organisation_id = ? AND activity_key = ?")
			.params(organisationId, MatchKey.hash(organisationId, activityId))
			.query(String.class)
			.optional()
			.map(LrsJson::parse);
	}

	/** Merges the activities of these (prepared) statements into the canonical definitions. */
	void record(UUID organisationId, List<JsonNode> statements, Instant now) {
		Map<String, ObjectNode> incoming = new LinkedHashMap<>();
		statements.forEach(statement -> activitiesOf(statement, incoming));
		if (incoming.isEmpty()) {
			return;
		}
		Map<UUID, String> keys = new LinkedHashMap<>();
		incoming.keySet().forEach(id -> keys.put(MatchKey.hash(organisationId, id), id));
		Map<String, JsonNode> existing = new HashMap<>();
		jdbc.sql("SELECT activity_id, activity_json FROM learning_activity WHERE organisation_id = :org "
				+ "AND activity_key IN (:keys)")
			.param("org", organisationId)
			.param("keys", keys.keySet())
			.query(rs -> {
				existing.put(rs.getString("activity_id"), LrsJson.parse(rs.getString("activity_json")));
			});
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		keys.forEach((key, id) -> {
			JsonNode before = existing.get(id);
			ObjectNode after = before == null ? incoming.get(id) : merged((ObjectNode) before, incoming.get(id));
			if (before == null) {
				inserts.add(new Object[] { organisationId, key, id, LrsJson.write(after), LrsSql.ts(now) });
			}
			else if (!before.equals(after)) {
				updates.add(new Object[] { LrsJson.write(after), LrsSql.ts(now), organisationId, key });
			}
		});
		if (!inserts.isEmpty()) {
			template.batchUpdate("INSERT INTO learning_activity (organisation_id, activity_key, activity_id, "
					+ "activity_json, updated_at) VALUES (?, ?, ?, ?, ?)", inserts);
		}
		if (!updates.isEmpty()) {
			template.batchUpdate("UPDATE learning_activity SET activity_json = ?, updated_at = ? "
					+ "WHERE organisation_id = ? AND activity_key = ?", updates);
		}
	}

	private static void activitiesOf(JsonNode statement, Map<String, ObjectNode> into) {
		JsonNode object = statement.get("object");
		String type = object.path("objectType").stringValue("Activity");
		if (type.equals("Activity")) {
			add(object, into);
		}
		else if (type.equals("SubStatement")) {
			activitiesOf(object, into);
		}
		for (JsonNode list : statement.path("context").path("contextActivities")) {
			list.forEach(activity -> add(activity, into));
		}
	}

	private static void add(JsonNode activity, Map<String, ObjectNode> into) {
		ObjectNode canonical = JsonNodeFactory.instance.objectNode();
		canonical.put("objectType", "Activity");
		canonical.put("id", activity.get("id").stringValue());
		if (activity.has("definition")) {
			canonical.set("definition", activity.get("definition").deepCopy());
		}
		String id = canonical.get("id").stringValue();
		ObjectNode earlier = into.get(id);
		into.put(id, earlier == null ? canonical : merged(earlier, canonical));
	}

	private static ObjectNode merged(ObjectNode before, ObjectNode after) {
		ObjectNode result = before.deepCopy();
		JsonNode newDefinition = after.get("definition");
		if (newDefinition == null) {
			return result;
		}
		ObjectNode definition = result.has("definition") ? (ObjectNode) result.get("definition")
				: result.putObject("definition");
		for (var property : newDefinition.properties()) {
			JsonNode old = definition.get(property.getKey());
			if (MERGED_MAPS.contains(property.getKey()) && old != null && old.isObject()) {
				ObjectNode map = ((ObjectNode) old).deepCopy();
				property.getValue().properties().forEach(entry -> map.set(entry.getKey(), entry.getValue()));
				definition.set(property.getKey(), map);
			}
			else {
				definition.set(property.getKey(), property.getValue());
			}
		}
		return result;
	}

}
