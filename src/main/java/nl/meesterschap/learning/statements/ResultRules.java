package nl.meesterschap.learning.statements;

import static nl.meesterschap.learning.statements.JsonRules.invalid;
import static nl.meesterschap.learning.statements.JsonRules.number;
import static nl.meesterschap.learning.statements.JsonRules.object;
import static nl.meesterschap.learning.statements.JsonRules.only;

import java.util.Set;

import tools.jackson.databind.JsonNode;

/** A statement's result and score (xAPI Data 2.4.5). */
final class ResultRules {

	private static final Set<String> RESULT = Set.of("score", "success", "completion", "response", "duration",
			"extensions");

	private static final Set<String> SCORE = Set.of("scaled", "raw", "min", "max");

	private ResultRules() {
	}

	static void result(JsonNode result, String path) {
		object(result, path);
		only(result, path, RESULT);
		if (result.has("score")) {
			score(result.get("score"), path + ".score");
		}
		if (result.has("success")) {
			JsonRules.bool(result.get("success"), path + ".success");
		}
		if (result.has("completion")) {
			JsonRules.bool(result.get("completion"), path + ".completion");
		}
		JsonRules.optionalString(result, "response", path);
		if (result.has("duration") && !Formats.duration(JsonRules.string(result.get("duration"), path + ".duration"))) {
			throw invalid(path + ".duration", "must be an ISO 8601 duration");
		}
		JsonRules.extensions(result, path);
	}

	private static void score(JsonNode score, String path) {
		object(score, path);
		only(score, path, SCORE);
		if (score.has("scaled")) {
			double scaled = number(score.get("scaled"), path + ".scaled");
			if (scaled < -1 || scaled > 1) {
				throw invalid(path + ".scaled", "must be between -1 and 1");
			}
		}
		Double raw = score.has("raw") ? number(score.get("raw"), path + ".raw") : null;
		Double min = score.has("min") ? number(score.get("min"), path + ".min") : null;
		Double max = score.has("max") ? number(score.get("max"), path + ".max") : null;
		if (min != null && max != null && min > max) {
			throw invalid(path + ".min", "must not be greater than max");
		}
		if (raw != null && min != null && raw < min) {
			throw invalid(path + ".raw", "must not be less than min");
		}
		if (raw != null && max != null && raw > max) {
			throw invalid(path + ".raw", "must not be greater than max");
		}
	}

}
