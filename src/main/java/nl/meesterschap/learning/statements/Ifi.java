package nl.meesterschap.learning.statements;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * An Agent's or identified Group's inverse functional identifier as one string ({@code mbox:mailto:a@b.nl},
 * {@code account:https://example.org|name}): equal strings mean the same Agent, as xAPI defines it.
 */
public final class Ifi {

	private Ifi() {
	}

	public static Optional<String> of(JsonNode actor) {
		if (actor == null || !actor.isObject()) {
			return Optional.empty();
		}
		if (actor.has("mbox")) {
			return Optional.of("mbox:" + actor.get("mbox").stringValue(""));
		}
		if (actor.has("mbox_sha1sum")) {
			return Optional.of("mbox_sha1sum:" + actor.get("mbox_sha1sum").stringValue("").toLowerCase());
		}
		if (actor.has("openid")) {
			return Optional.of("openid:" + actor.get("openid").stringValue(""));
		}
		JsonNode account = actor.get("account");
		if (account != null && account.isObject()) {
			return Optional.of("account:" + account.path("homePage").stringValue("") + "|"
					+ account.path("name").stringValue(""));
		}
		return Optional.empty();
	}

}
