package nl.meesterschap.learning.statements;

import static nl.meesterschap.learning.statements.JsonRules.invalid;
import static nl.meesterschap.learning.statements.JsonRules.iri;
import static nl.meesterschap.learning.statements.JsonRules.object;
import static nl.meesterschap.learning.statements.JsonRules.only;
import static nl.meesterschap.learning.statements.JsonRules.required;
import static nl.meesterschap.learning.statements.JsonRules.string;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Activities and their definitions, interaction activities included (xAPI Data 2.4.4.1). */
final class ActivityRules {

	private static final Set<String> ACTIVITY = Set.of("objectType", "id", "definition");

	private static final Set<String> DEFINITION = Set.of("name", "description", "type", "moreInfo", "extensions",
			"interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps");

	private static final Set<String> COMPONENT = Set.of("id", "description");

	/** The interaction types and the component lists each may carry. */
	private static final Map<String, Set<String>> COMPONENT_LISTS = Map.of("true-false", Set.of(), "choice",
			Set.of("choices"), "fill-in", Set.of(), "long-fill-in", Set.of(), "matching", Set.of("source", "target"),
			"performance", Set.of("steps"), "sequencing", Set.of("choices"), "likert", Set.of("scale"), "numeric",
			Set.of(), "other", Set.of());

	private static final Set<String> ALL_LISTS = Set.of("choices", "scale", "source", "target", "steps");

	private ActivityRules() {
	}

	static void activity(JsonNode node, String path) {
		object(node, path);
		only(node, path, ACTIVITY);
		JsonRules.objectType(node, path, "Activity");
		iri(required(node, "id", path), path + ".id");
		if (node.has("definition")) {
			definition(node.get("definition"), path + ".definition");
		}
	}

	private static void definition(JsonNode definition, String path) {
		object(definition, path);
		only(definition, path, DEFINITION);
		JsonRules.optionalLanguageMap(definition, "name", path);
		JsonRules.optionalLanguageMap(definition, "description", path);
		JsonRules.optionalIri(definition, "type", path);
		JsonRules.optionalIri(definition, "moreInfo", path);
		JsonRules.extensions(definition, path);
		interaction(definition, path);
	}

	private static void interaction(JsonNode definition, String path) {
		JsonNode typeNode = definition.get("interactionType");
		Set<String> allowedLists = Set.of();
		if (typeNode != null) {
			String type = string(typeNode, path + ".interactionType");
			allowedLists = COMPONENT_LISTS.get(type);
			if (allowedLists == null) {
				throw invalid(path + ".interactionType", "\"" + type + "\" is not an xAPI interaction type");
			}
		}
		if (definition.has("correctResponsesPattern")) {
			if (typeNode == null) {
				throw invalid(path + ".correctResponsesPattern", "needs an interactionType");
			}
			JsonNode pattern = definition.get("correctResponsesPattern");
			if (!pattern.isArray()) {
				throw invalid(path + ".correctResponsesPattern", "must be an array of strings");
			}
			for (int i = 0; i < pattern.size(); i++) {
				string(pattern.get(i), path + ".correctResponsesPattern[" + i + "]");
			}
		}
		for (String list : ALL_LISTS) {
			if (definition.has(list)) {
				if (!allowedLists.contains(list)) {
					throw invalid(path + "." + list, "is not allowed for this interactionType");
				}
				components(definition.get(list), path + "." + list);
			}
		}
	}

	private static void components(JsonNode list, String path) {
		if (!list.isArray()) {
			throw invalid(path, "must be an array of interaction components");
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			String itemPath = path + "[" + i + "]";
			JsonNode component = object(list.get(i), itemPath);
			only(component, itemPath, COMPONENT);
			String id = string(required(component, "id", itemPath), itemPath + ".id");
			if (id.isBlank() || !ids.add(id)) {
				throw invalid(itemPath + ".id", "must be a distinct, non-empty id");
			}
			JsonRules.optionalLanguageMap(component, "description", itemPath);
		}
	}

}
