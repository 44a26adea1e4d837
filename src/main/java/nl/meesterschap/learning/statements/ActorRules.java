package nl.meesterschap.learning.statements;

import static nl.meesterschap.learning.statements.JsonRules.invalid;
import static nl.meesterschap.learning.statements.JsonRules.iri;
import static nl.meesterschap.learning.statements.JsonRules.object;
import static nl.meesterschap.learning.statements.JsonRules.only;
import static nl.meesterschap.learning.statements.JsonRules.required;
import static nl.meesterschap.learning.statements.JsonRules.string;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Agents and Groups (xAPI Data 2.4.2): their properties and inverse functional identifiers. */
final class ActorRules {

	static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");

	private static final Set<String> AGENT = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");

	private static final Set<String> GROUP = Set.of("objectType", "name", "member", "mbox", "mbox_sha1sum", "openid",
			"account");

	private static final Set<String> ACCOUNT = Set.of("homePage", "name");

	private ActorRules() {
	}

	/** An Agent or a Group, told apart by objectType (absent means Agent). */
	static void actor(JsonNode node, String path) {
		object(node, path);
		JsonNode type = node.get("objectType");
		if (type != null && "Group".equals(string(type, path + ".objectType"))) {
			group(node, path);
		}
		else {
			agent(node, path);
		}
	}

	static void agent(JsonNode node, String path) {
		object(node, path);
		only(node, path, AGENT);
		JsonRules.objectType(node, path, "Agent");
		JsonRules.optionalString(node, "name", path);
		if (ifiCount(node, path) != 1) {
			throw invalid(path, "an Agent needs exactly one of mbox, mbox_sha1sum, openid or account");
		}
	}

	static void group(JsonNode node, String path) {
		object(node, path);
		only(node, path, GROUP);
		if (!"Group".equals(JsonRules.text(node, "objectType"))) {
			throw invalid(path + ".objectType", "must be \"Group\"");
		}
		JsonRules.optionalString(node, "name", path);
		int ifis = ifiCount(node, path);
		if (ifis > 1) {
			throw invalid(path, "a Group has at most one inverse functional identifier");
		}
		JsonNode members = node.get("member");
		if (members == null) {
			if (ifis == 0) {
				throw invalid(path, "an anonymous Group needs \"member\"");
			}
			return;
		}
		if (!members.isArray()) {
			throw invalid(path + ".member", "must be an array of Agents");
		}
		if (ifis == 0 && members.isEmpty()) {
			throw invalid(path + ".member", "an anonymous Group needs at least one member");
		}
		for (int i = 0; i < members.size(); i++) {
			agent(members.get(i), path + ".member[" + i + "]");
		}
	}

	/** The statement's authority: an Agent, or an anonymous two-member Group (an OAuth client and its user). */
	static void authority(JsonNode node, String path) {
		actor(node, path);
		if (isGroup(node)) {
			if (identified(node)) {
				throw invalid(path, "an authority Group must be anonymous");
			}
			if (node.get("member").size() != 2) {
				throw invalid(path + ".member", "an authority Group has exactly two members");
			}
		}
	}

	/** An Agent or identified Group, as the agent of a document or a statement query. */
	static void identifiedActor(JsonNode node, String path) {
		actor(node, path);
		if (!identified(node)) {
			throw invalid(path, "must have an inverse functional identifier");
		}
	}

	static boolean isGroup(JsonNode node) {
		return "Group".equals(JsonRules.text(node, "objectType"));
	}

	static boolean identified(JsonNode node) {
		return IFIS.stream().anyMatch(node::has);
	}

	private static int ifiCount(JsonNode node, String path) {
		int count = 0;
		if (node.has("mbox")) {
			count++;
			if (!Formats.mailto(string(node.get("mbox"), path + ".mbox"))) {
				throw invalid(path + ".mbox", "must be a mailto IRI");
			}
		}
		if (node.has("mbox_sha1sum")) {
			count++;
			if (!Formats.sha1Hex(string(node.get("mbox_sha1sum"), path + ".mbox_sha1sum"))) {
				throw invalid(path + ".mbox_sha1sum", "must be a hex-encoded SHA-1 hash");
			}
		}
		if (node.has("openid")) {
			count++;
			iri(node.get("openid"), path + ".openid");
		}
		if (node.has("account")) {
			count++;
			account(node.get("account"), path + ".account");
		}
		return count;
	}

	private static void account(JsonNode account, String path) {
		object(account, path);
		only(account, path, ACCOUNT);
		iri(required(account, "homePage", path), path + ".homePage");
		string(required(account, "name", path), path + ".name");
	}

}
