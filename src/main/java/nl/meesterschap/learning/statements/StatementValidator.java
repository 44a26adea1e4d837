package nl.meesterschap.learning.statements;

import static nl.meesterschap.learning.statements.JsonRules.invalid;
import static nl.meesterschap.learning.statements.JsonRules.iri;
import static nl.meesterschap.learning.statements.JsonRules.object;
import static nl.meesterschap.learning.statements.JsonRules.only;
import static nl.meesterschap.learning.statements.JsonRules.required;
import static nl.meesterschap.learning.statements.JsonRules.string;

import java.util.Set;

import tools.jackson.databind.JsonNode;

import nl.meesterschap.learning.InvalidStatementException;

/**
 * Checks a statement against xAPI's data rules (1.0.3, or IEEE 9274.1.1 for 2.0): required and known properties
 * only, value formats, Agent and Group identifiers, interaction activities, context rules, SubStatement limits.
 * The first violation is reported with its JSON path.
 */
public final class StatementValidator {

	public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

	private static final Set<String> STATEMENT = Set.of("id", "actor", "verb", "object", "result", "context",
			"timestamp", "stored", "authority", "version", "attachments");

	private static final Set<String> SUB_STATEMENT = Set.of("objectType", "actor", "verb", "object", "result",
			"context", "timestamp", "attachments");

	private static final Set<String> VERB = Set.of("id", "display");

	private static final Set<String> STATEMENT_REF = Set.of("objectType", "id");

	private StatementValidator() {
	}

	/** @throws InvalidStatementException for the first rule the statement breaks */
	public static void validate(JsonNode statement, XapiVersion version) {
		object(statement, "statement");
		only(statement, "statement", STATEMENT);
		if (statement.has("id")) {
			JsonRules.uuid(statement.get("id"), "id");
		}
		body(statement, "", version);
		if (statement.has("stored")) {
			JsonRules.timestamp(statement.get("stored"), "stored");
		}
		if (statement.has("authority")) {
			ActorRules.authority(statement.get("authority"), "authority");
		}
		if (statement.has("version")) {
			String value = string(statement.get("version"), "version");
			if (!version.acceptsStatementVersion(value)) {
				throw invalid("version", "\"" + value + "\" is not a version this request may use");
			}
		}
		String verb = statement.path("verb").path("id").stringValue(null);
		if (VOIDED.equals(verb) && !"StatementRef".equals(JsonRules.text(statement.get("object"), "objectType"))) {
			throw invalid("object", "a voiding statement's object must be a StatementRef");
		}
	}

	/** What a Statement and a SubStatement share: actor, verb, object, result, context, timestamp, attachments. */
	private static void body(JsonNode node, String prefix, XapiVersion version) {
		String where = prefix.isEmpty() ? "statement" : prefix.substring(0, prefix.length() - 1);
		ActorRules.actor(required(node, "actor", where), prefix + "actor");
		verb(required(node, "verb", where), prefix + "verb");
		JsonNode object = required(node, "object", where);
		statementObject(object, prefix.isEmpty(), prefix + "object", version);
		if (node.has("result")) {
			ResultRules.result(node.get("result"), prefix + "result");
		}
		if (node.has("context")) {
			ContextRules.context(node.get("context"), objectIsActivity(object), prefix + "context", version);
		}
		if (node.has("timestamp")) {
			JsonRules.timestamp(node.get("timestamp"), prefix + "timestamp");
		}
		if (node.has("attachments")) {
			AttachmentRules.attachments(node.get("attachments"), prefix + "attachments");
		}
	}

	private static void verb(JsonNode verb, String path) {
		object(verb, path);
		only(verb, path, VERB);
		iri(required(verb, "id", path), path + ".id");
		JsonRules.optionalLanguageMap(verb, "display", path);
	}

	private static void statementObject(JsonNode object, boolean topLevel, String path, XapiVersion version) {
		object(object, path);
		JsonNode typeNode = object.get("objectType");
		String type = typeNode == null ? "Activity" : string(typeNode, path + ".objectType");
		switch (type) {
			case "Activity" -> ActivityRules.activity(object, path);
			case "Agent" -> ActorRules.agent(object, path);
			case "Group" -> ActorRules.group(object, path);
			case "StatementRef" -> statementRef(object, path);
			case "SubStatement" -> {
				if (!topLevel) {
					throw invalid(path, "a SubStatement cannot contain another SubStatement");
				}
				only(object, path, SUB_STATEMENT);
				body(object, path + ".", version);
			}
			default -> throw invalid(path + ".objectType", "\"" + type + "\" is not an object type");
		}
	}

	static void statementRef(JsonNode ref, String path) {
		object(ref, path);
		only(ref, path, STATEMENT_REF);
		if (!"StatementRef".equals(JsonRules.text(ref, "objectType"))) {
			throw invalid(path + ".objectType", "must be \"StatementRef\"");
		}
		JsonRules.uuid(required(ref, "id", path), path + ".id");
	}

	private static boolean objectIsActivity(JsonNode object) {
		JsonNode type = object.get("objectType");
		return type == null || "Activity".equals(type.stringValue(null));
	}

}
