package nl.meesterschap.learning.statements;

import java.util.Iterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether two statements are the same statement (xAPI's statement comparison): properties the LRS sets (stored,
 * authority, version) and the id are ignored, timestamps are compared as instants, durations to 0.01 s and numbers
 * by value.
 */
final class StatementComparison {

	private static final Pattern SECONDS = Pattern.compile("(\\d+)(?:\\.(\\d+))?S$");

	private static final Set<String> IGNORED = Set.of("id", "stored", "authority", "version");

	private StatementComparison() {
	}

	static boolean same(JsonNode a, JsonNode b) {
		return same(a, b, IGNORED);
	}

	/** Also ignores the listed properties (a signature's payload never contains the attachments it is in). */
	static boolean same(JsonNode a, JsonNode b, Set<String> ignored) {
		return equal(stripped(a, ignored), stripped(b, ignored), "");
	}

	/** A duration with its seconds cut to 0.01 s: xAPI compares durations at that precision. */
	static String hundredths(String duration) {
		Matcher seconds = SECONDS.matcher(duration);
		if (!seconds.find()) {
			return duration;
		}
		String fraction = seconds.group(2) == null ? "" : seconds.group(2);
		return duration.substring(0, seconds.start()) + seconds.group(1) + "." + (fraction + "00").substring(0, 2) + "S";
	}

	private static ObjectNode stripped(JsonNode statement, Set<String> ignored) {
		ObjectNode copy = ((ObjectNode) statement).deepCopy();
		ignored.forEach(copy::remove);
		return copy;
	}

	private static boolean equal(JsonNode a, JsonNode b, String name) {
		if (a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue()) == 0;
		}
		if (name.equals("timestamp") && a.isString() && b.isString()) {
			var left = Formats.timestamp(a.stringValue());
			var right = Formats.timestamp(b.stringValue());
			return left.isPresent() && right.isPresent() ? left.get().isEqual(right.get()) : a.equals(b);
		}
		if (name.equals("duration") && a.isString() && b.isString()) {
			return hundredths(a.stringValue()).equals(hundredths(b.stringValue()));
		}
		if (a.isObject() && b.isObject()) {
			if (a.size() != b.size()) {
				return false;
			}
			for (var property : a.properties()) {
				JsonNode other = b.get(property.getKey());
				if (other == null || !equal(property.getValue(), other, property.getKey())) {
					return false;
				}
			}
			return true;
		}
		if (a.isArray() && b.isArray()) {
			if (a.size() != b.size()) {
				return false;
			}
			Iterator<JsonNode> right = b.iterator();
			for (JsonNode left : a) {
				if (!equal(left, right.next(), "")) {
					return false;
				}
			}
			return true;
		}
		return a.equals(b);
	}

}
