package nl.meesterschap.learning.xapi;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.learning.statements.AgentParameter;
import nl.meesterschap.learning.statements.Formats;
import nl.meesterschap.learning.statements.StatementFormat;
import nl.meesterschap.learning.statements.StatementQuery;
import nl.meesterschap.learning.statements.StatementQuery.Position;

/**
 * The parameters of GET /statements (xAPI Communication 2.1.3), checked: only known parameters, each once, with
 * valid values; statementId and voidedStatementId only with format and attachments.
 */
record StatementParameters(Map<String, String> values, @Nullable UUID statementId, @Nullable UUID voidedStatementId,
		StatementQuery query, StatementFormat format, boolean attachments) {

	private static final Set<String> KNOWN = Set.of("statementId", "voidedStatementId", "agent", "verb", "activity",
			"registration", "related_activities", "related_agents", "since", "until", "limit", "format", "attachments",
			"ascending");

	private static final Set<String> WITH_ID = Set.of("statementId", "voidedStatementId", "format", "attachments");

	static StatementParameters parse(Map<String, String[]> raw, int maxPageSize) {
		Map<String, String> values = new LinkedHashMap<>();
		raw.forEach((name, given) -> {
			if (!KNOWN.contains(name)) {
				throw XapiException.badRequest("Unknown parameter " + name);
			}
			if (given.length != 1) {
				throw XapiException.badRequest("Parameter " + name + " is given more than once");
			}
			values.put(name, given[0]);
		});
		return parse(values, maxPageSize, null);
	}

	static StatementParameters parse(Map<String, String> values, int maxPageSize, @Nullable Position after) {
		UUID statementId = uuid(values, "statementId");
		UUID voidedStatementId = uuid(values, "voidedStatementId");
		if (statementId != null || voidedStatementId != null) {
			if (statementId != null && voidedStatementId != null) {
				throw XapiException.badRequest("Give statementId or voidedStatementId, not both");
			}
			values.keySet().stream().filter(name -> !WITH_ID.contains(name)).findFirst().ifPresent(name -> {
				throw XapiException.badRequest(name + " cannot be combined with statementId or voidedStatementId");
			});
		}
		String agent = values.containsKey("agent") ? AgentParameter.ifi(values.get("agent"), "agent") : null;
		String verb = iri(values, "verb");
		String activity = iri(values, "activity");
		int limit = limit(values.get("limit"), maxPageSize);
		StatementQuery query = new StatementQuery(agent, bool(values, "related_agents"), verb, activity,
				bool(values, "related_activities"), uuid(values, "registration"), timestamp(values, "since"),
				timestamp(values, "until"), limit, bool(values, "ascending"), after);
		StatementFormat format = values.containsKey("format") ? StatementFormat.of(values.get("format"))
			.orElseThrow(() -> XapiException.badRequest("format must be ids, exact or canonical")) : StatementFormat.EXACT;
		return new StatementParameters(values, statementId, voidedStatementId, query, format,
				bool(values, "attachments"));
	}

	private static @Nullable UUID uuid(Map<String, String> values, String name) {
		String value = values.get(name);
		if (value == null) {
			return null;
		}
		return Formats.parseUuid(value).orElseThrow(() -> XapiException.badRequest(name + " must be a UUID"));
	}

	private static @Nullable String iri(Map<String, String> values, String name) {
		String value = values.get(name);
		if (value != null && !Formats.iri(value)) {
			throw XapiException.badRequest(name + " must be an IRI");
		}
		return value;
	}

	private static boolean bool(Map<String, String> values, String name) {
		String value = values.get(name);
		if (value == null || value.equals("false")) {
			return false;
		}
		if (value.equals("true")) {
			return true;
		}
		throw XapiException.badRequest(name + " must be true or false");
	}

	private static @Nullable Instant timestamp(Map<String, String> values, String name) {
		String value = values.get(name);
		if (value == null) {
			return null;
		}
		return Formats.timestamp(value)
			.orElseThrow(() -> XapiException.badRequest(name + " must be an ISO 8601 timestamp"))
			.toInstant();
	}

	private static int limit(@Nullable String value, int maxPageSize) {
		if (value == null) {
			return maxPageSize;
		}
		try {
			int limit = Integer.parseInt(value);
			if (limit < 0) {
				throw XapiException.badRequest("limit must not be negative");
			}
			return limit == 0 ? maxPageSize : Math.min(limit, maxPageSize);
		}
		catch (NumberFormatException e) {
			throw XapiException.badRequest("limit must be a whole number");
		}
	}

}
