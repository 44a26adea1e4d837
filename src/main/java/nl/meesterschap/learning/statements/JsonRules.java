package nl.meesterschap.learning.statements;

import java.util.Set;

import tools.jackson.databind.JsonNode;

import nl.meesterschap.learning.InvalidStatementException;

/**
 * The building blocks of statement validation: each check names the JSON path it refuses, so a client learns
 * exactly what is wrong ("object.definition.name: not a language map").
 */
final class JsonRules {

	private JsonRules() {
	}

	static InvalidStatementException invalid(String path, String problem) {
		return new InvalidStatementException(path + ": " + problem);
	}

	static JsonNode object(JsonNode node, String path) {
		if (node == null || !node.isObject()) {
			throw invalid(path, "must be a JSON object");
		}
		return node;
	}

	/**
	 * Refuses properties outside {@code allowed} (names are case-sensitive) and properties whose value is null:
	 * xAPI allows null only inside extensions.
	 */
	static void only(JsonNode node, String path, Set<String> allowed) {
		for (var property : node.properties()) {
			if (!allowed.contains(property.getKey())) {
				throw invalid(path, "unknown property \"" + property.getKey() + "\"");
			}
			if (property.getValue().isNull()) {
				throw invalid(path + "." + property.getKey(), "must not be null");
			}
		}
	}

	static JsonNode required(JsonNode parent, String name, String path) {
		JsonNode value = parent.get(name);
		if (value == null) {
			throw invalid(path, "\"" + name + "\" is required");
		}
		return value;
	}

	static String string(JsonNode node, String path) {
		if (!node.isString()) {
			throw invalid(path, "must be a string");
		}
		return node.stringValue();
	}

	static void optionalString(JsonNode parent, String name, String path) {
		if (parent.has(name)) {
			string(parent.get(name), path + "." + name);
		}
	}

	/** The property's text when it is a string, else null. */
	static String text(JsonNode parent, String name) {
		JsonNode value = parent.get(name);
		return value != null && value.isString() ? value.stringValue() : null;
	}

	static void iri(JsonNode node, String path) {
		if (!Formats.iri(string(node, path))) {
			throw invalid(path, "must be an absolute IRI");
		}
	}

	static void optionalIri(JsonNode parent, String name, String path) {
		if (parent.has(name)) {
			iri(parent.get(name), path + "." + name);
		}
	}

	static void uuid(JsonNode node, String path) {
		if (!Formats.uuid(string(node, path))) {
			throw invalid(path, "must be a UUID");
		}
	}

	static void bool(JsonNode node, String path) {
		if (!node.isBoolean()) {
			throw invalid(path, "must be true or false");
		}
	}

	static double number(JsonNode node, String path) {
		if (!node.isNumber()) {
			throw invalid(path, "must be a number");
		}
		return node.doubleValue();
	}

	static void timestamp(JsonNode node, String path) {
		if (Formats.timestamp(string(node, path)).isEmpty()) {
			throw invalid(path, "must be an ISO 8601 date and time with a time zone other than -00:00");
		}
	}

	static void languageMap(JsonNode node, String path) {
		if (!node.isObject()) {
			throw invalid(path, "must be a language map");
		}
		for (var entry : node.properties()) {
			if (!LanguageTags.valid(entry.getKey())) {
				throw invalid(path, "\"" + entry.getKey() + "\" is not an RFC 5646 language tag");
			}
			string(entry.getValue(), path + "." + entry.getKey());
		}
	}

	static void optionalLanguageMap(JsonNode parent, String name, String path) {
		if (parent.has(name)) {
			languageMap(parent.get(name), path + "." + name);
		}
	}

	/** Extensions: an object whose keys are IRIs; any value, null included. */
	static void extensions(JsonNode parent, String path) {
		JsonNode extensions = parent.get("extensions");
		if (extensions == null) {
			return;
		}
		if (!extensions.isObject()) {
			throw invalid(path + ".extensions", "must be an object");
		}
		for (String key : extensions.propertyNames()) {
			if (!Formats.iri(key)) {
				throw invalid(path + ".extensions", "key \"" + key + "\" is not an IRI");
			}
		}
	}

	static void objectType(JsonNode node, String path, String expected) {
		JsonNode type = node.get("objectType");
		if (type != null && !expected.equals(string(type, path + ".objectType"))) {
			throw invalid(path + ".objectType", "must be \"" + expected + "\"");
		}
	}

}
