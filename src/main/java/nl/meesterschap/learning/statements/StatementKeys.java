package nl.meesterschap.learning.statements;

import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import nl.meesterschap.learning.statements.MatchKey.Kind;

/**
 * The values a statement is found by (xAPI Communication 2.1.3): {@code agent} matches the actor or an Agent or
 * Group object; with {@code related_agents} also the authority, instructor, team, context agents and groups, group
 * members and the same inside a SubStatement. {@code activity} matches an Activity object; with
 * {@code related_activities} also the context activities and the SubStatement's activities.
 */
final class StatementKeys {

	private StatementKeys() {
	}

	static Set<MatchKey> of(JsonNode statement) {
		Set<MatchKey> keys = new LinkedHashSet<>();
		keys.add(new MatchKey(Kind.VERB, statement.path("verb").path("id").stringValue("")));
		JsonNode actor = statement.get("actor");
		direct(keys, actor);
		JsonNode object = statement.get("object");
		String objectType = object.path("objectType").stringValue("Activity");
		switch (objectType) {
			case "Activity" -> {
				keys.add(new MatchKey(Kind.ACTIVITY, object.path("id").stringValue("")));
				keys.add(new MatchKey(Kind.RELATED_ACTIVITY, object.path("id").stringValue("")));
			}
			case "Agent", "Group" -> direct(keys, object);
			case "SubStatement" -> {
				related(keys, object.get("actor"));
				JsonNode subObject = object.get("object");
				String subType = subObject.path("objectType").stringValue("Activity");
				if (subType.equals("Activity")) {
					keys.add(new MatchKey(Kind.RELATED_ACTIVITY, subObject.path("id").stringValue("")));
				}
				else if (subType.equals("Agent") || subType.equals("Group")) {
					related(keys, subObject);
				}
				context(keys, object.get("context"));
			}
			default -> {
			}
		}
		related(keys, statement.get("authority"));
		context(keys, statement.get("context"));
		JsonNode registration = statement.path("context").get("registration");
		if (registration != null) {
			keys.add(new MatchKey(Kind.REGISTRATION, registration.stringValue("").toLowerCase()));
		}
		return keys;
	}

	private static void direct(Set<MatchKey> keys, JsonNode actor) {
		Ifi.of(actor).ifPresent(ifi -> keys.add(new MatchKey(Kind.AGENT, ifi)));
		related(keys, actor);
	}

	private static void related(Set<MatchKey> keys, JsonNode actor) {
		if (actor == null) {
			return;
		}
		Ifi.of(actor).ifPresent(ifi -> keys.add(new MatchKey(Kind.RELATED_AGENT, ifi)));
		for (JsonNode member : actor.path("member")) {
			Ifi.of(member).ifPresent(ifi -> keys.add(new MatchKey(Kind.RELATED_AGENT, ifi)));
		}
	}

	private static void context(Set<MatchKey> keys, JsonNode context) {
		if (context == null) {
			return;
		}
		related(keys, context.get("instructor"));
		related(keys, context.get("team"));
		for (JsonNode contextAgent : context.path("contextAgents")) {
			related(keys, contextAgent.get("agent"));
		}
		for (JsonNode contextGroup : context.path("contextGroups")) {
			related(keys, contextGroup.get("group"));
		}
		for (JsonNode list : context.path("contextActivities")) {
			for (JsonNode activity : list) {
				keys.add(new MatchKey(Kind.RELATED_ACTIVITY, activity.path("id").stringValue("")));
			}
		}
	}

}
