package nl.meesterschap.learning.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The three forms a statement is returned in (xAPI Communication 2.1.3, "format"): {@code exact} as stored;
 * {@code ids} with only the identifiers of Agents, Groups (and anonymous Groups' members), Activities and Verbs;
 * {@code canonical} with each language map of verbs and activity definitions reduced to the one language that
 * best suits the caller's Accept-Language.
 */
public enum StatementFormat {

	EXACT, IDS, CANONICAL;

	public static Optional<StatementFormat> of(String value) {
		return switch (value) {
			case "exact" -> Optional.of(EXACT);
			case "ids" -> Optional.of(IDS);
			case "canonical" -> Optional.of(CANONICAL);
			default -> Optional.empty();
		};
	}

	public JsonNode apply(JsonNode stored, String acceptLanguage) {
		return switch (this) {
			case EXACT -> stored;
			case IDS -> ids((ObjectNode) stored.deepCopy());
			case CANONICAL -> canonical((ObjectNode) stored.deepCopy(), acceptLanguage);
		};
	}

	private static JsonNode ids(ObjectNode statement) {
		statement.set("actor", actorIds(statement.get("actor")));
		statement.set("verb", onlyId(statement.get("verb")));
		if (statement.has("authority")) {
			statement.set("authority", actorIds(statement.get("authority")));
		}
		ObjectNode object = (ObjectNode) statement.get("object");
		switch (object.path("objectType").stringValue("Activity")) {
			case "Activity" -> statement.set("object", onlyId(object));
			case "Agent", "Group" -> statement.set("object", actorIds(object));
			case "SubStatement" -> {
				ids(object);
			}
			default -> {
			}
		}
		if (statement.get("context") instanceof ObjectNode context) {
			for (String role : new String[] { "instructor", "team" }) {
				if (context.has(role)) {
					context.set(role, actorIds(context.get(role)));
				}
			}
			if (context.get("contextActivities") instanceof ObjectNode lists) {
				for (String name : new ArrayList<>(lists.propertyNames())) {
					ArrayNode ids = JsonNodeFactory.instance.arrayNode();
					lists.get(name).forEach(activity -> ids.add(onlyId(activity)));
					lists.set(name, ids);
				}
			}
			contextActors(context.get("contextAgents"), "agent");
			contextActors(context.get("contextGroups"), "group");
		}
		return statement;
	}

	private static void contextActors(JsonNode list, String property) {
		if (list != null) {
			list.forEach(item -> ((ObjectNode) item).set(property, actorIds(item.get(property))));
		}
	}

	private static ObjectNode onlyId(JsonNode node) {
		ObjectNode ids = JsonNodeFactory.instance.objectNode();
		ids.set("id", node.get("id"));
		return ids;
	}

	/** An Agent or identified Group by its identifier; an anonymous Group by its members' identifiers. */
	private static ObjectNode actorIds(JsonNode actor) {
		ObjectNode ids = JsonNodeFactory.instance.objectNode();
		if (actor.has("objectType")) {
			ids.set("objectType", actor.get("objectType"));
		}
		for (String ifi : ActorRules.IFIS) {
			if (actor.has(ifi)) {
				ids.set(ifi, actor.get(ifi));
				return ids;
			}
		}
		ArrayNode members = ids.putArray("member");
		actor.path("member").forEach(member -> members.add(actorIds(member)));
		return ids;
	}

	private static JsonNode canonical(ObjectNode statement, String acceptLanguage) {
		reduce(statement.get("verb"), "display", acceptLanguage);
		JsonNode object = statement.get("object");
		String type = object.path("objectType").stringValue("Activity");
		if (type.equals("Activity")) {
			definition(object, acceptLanguage);
		}
		else if (type.equals("SubStatement")) {
			canonical((ObjectNode) object, acceptLanguage);
		}
		for (JsonNode list : statement.path("context").path("contextActivities")) {
			list.forEach(activity -> definition(activity, acceptLanguage));
		}
		return statement;
	}

	private static void definition(JsonNode activity, String acceptLanguage) {
		JsonNode definition = activity.get("definition");
		if (definition == null) {
			return;
		}
		reduce(definition, "name", acceptLanguage);
		reduce(definition, "description", acceptLanguage);
		for (String list : new String[] { "choices", "scale", "source", "target", "steps" }) {
			definition.path(list).forEach(component -> reduce(component, "description", acceptLanguage));
		}
	}

	private static void reduce(JsonNode parent, String name, String acceptLanguage) {
		if (parent == null || !(parent.get(name) instanceof ObjectNode map) || map.size() < 2) {
			return;
		}
		List<String> languages = new ArrayList<>(map.propertyNames());
		LanguageTags.best(languages, acceptLanguage).ifPresent(best -> {
			ObjectNode one = JsonNodeFactory.instance.objectNode();
			one.set(best, map.get(best));
			((ObjectNode) parent).set(name, one);
		});
	}

}
