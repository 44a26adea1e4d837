package nl.meesterschap.learning.statements;

import static nl.meesterschap.learning.statements.JsonRules.invalid;
import static nl.meesterschap.learning.statements.JsonRules.object;
import static nl.meesterschap.learning.statements.JsonRules.only;
import static nl.meesterschap.learning.statements.JsonRules.required;
import static nl.meesterschap.learning.statements.JsonRules.string;

import java.util.Set;

import tools.jackson.databind.JsonNode;

/** A statement's context (xAPI Data 2.4.6), with 2.0's contextAgents and contextGroups. */
final class ContextRules {

	private static final Set<String> CONTEXT_1_0 = Set.of("registration", "instructor", "team", "contextActivities",
			"revision", "platform", "language", "statement", "extensions");

	private static final Set<String> CONTEXT_2_0 = Set.of("registration", "instructor", "team", "contextActivities",
			"revision", "platform", "language", "statement", "extensions", "contextAgents", "contextGroups");

	private static final Set<String> CONTEXT_ACTIVITIES = Set.of("parent", "grouping", "category", "other");

	private static final Set<String> CONTEXT_AGENT = Set.of("objectType", "agent", "relevantTypes");

	private static final Set<String> CONTEXT_GROUP = Set.of("objectType", "group", "relevantTypes");

	private ContextRules() {
	}

	static void context(JsonNode context, boolean objectIsActivity, String path, XapiVersion version) {
		object(context, path);
		only(context, path, version == XapiVersion.V2_0_0 ? CONTEXT_2_0 : CONTEXT_1_0);
		if (context.has("registration")) {
			JsonRules.uuid(context.get("registration"), path + ".registration");
		}
		if (context.has("instructor")) {
			ActorRules.actor(context.get("instructor"), path + ".instructor");
		}
		if (context.has("team")) {
			ActorRules.group(context.get("team"), path + ".team");
		}
		if (context.has("contextActivities")) {
			contextActivities(context.get("contextActivities"), path + ".contextActivities");
		}
		for (String onlyForActivities : new String[] { "revision", "platform" }) {
			if (context.has(onlyForActivities)) {
				string(context.get(onlyForActivities), path + "." + onlyForActivities);
				if (!objectIsActivity) {
					throw invalid(path + "." + onlyForActivities, "is only allowed when the object is an Activity");
				}
			}
		}
		if (context.has("language") && !LanguageTags.valid(string(context.get("language"), path + ".language"))) {
			throw invalid(path + ".language", "must be an RFC 5646 language tag");
		}
		if (context.has("statement")) {
			StatementValidator.statementRef(context.get("statement"), path + ".statement");
		}
		JsonRules.extensions(context, path);
		contextActors(context.get("contextAgents"), "contextAgent", "agent", path + ".contextAgents");
		contextActors(context.get("contextGroups"), "contextGroup", "group", path + ".contextGroups");
	}

	private static void contextActivities(JsonNode activities, String path) {
		object(activities, path);
		only(activities, path, CONTEXT_ACTIVITIES);
		for (var entry : activities.properties()) {
			String itemPath = path + "." + entry.getKey();
			JsonNode value = entry.getValue();
			if (value.isArray()) {
				for (int i = 0; i < value.size(); i++) {
					ActivityRules.activity(value.get(i), itemPath + "[" + i + "]");
				}
			}
			else {
				ActivityRules.activity(value, itemPath);
			}
		}
	}

	private static void contextActors(JsonNode list, String objectType, String property, String path) {
		if (list == null) {
			return;
		}
		if (!list.isArray()) {
			throw invalid(path, "must be an array");
		}
		for (int i = 0; i < list.size(); i++) {
			String itemPath = path + "[" + i + "]";
			JsonNode item = object(list.get(i), itemPath);
			only(item, itemPath, property.equals("agent") ? CONTEXT_AGENT : CONTEXT_GROUP);
			if (!objectType.equals(string(required(item, "objectType", itemPath), itemPath + ".objectType"))) {
				throw invalid(itemPath + ".objectType", "must be \"" + objectType + "\"");
			}
			JsonNode actor = required(item, property, itemPath);
			if (property.equals("agent")) {
				ActorRules.agent(actor, itemPath + ".agent");
			}
			else {
				ActorRules.group(actor, itemPath + ".group");
			}
			relevantTypes(item.get("relevantTypes"), itemPath + ".relevantTypes");
		}
	}

	private static void relevantTypes(JsonNode types, String path) {
		if (types == null) {
			return;
		}
		if (!types.isArray() || types.isEmpty()) {
			throw invalid(path, "must be a non-empty array of IRIs");
		}
		for (int i = 0; i < types.size(); i++) {
			JsonRules.iri(types.get(i), path + "[" + i + "]");
		}
	}

}
