package nl.meesterschap.learning.statements;

import tools.jackson.databind.JsonNode;

import nl.meesterschap.learning.InvalidStatementException;

/** An {@code agent} query parameter: a JSON Agent or identified Group, and the identifier it is matched by. */
public final class AgentParameter {

	private AgentParameter() {
	}

	/** @throws InvalidStatementException when the value is not an Agent or identified Group in JSON */
	public static JsonNode parse(String value, String name) {
		JsonNode agent;
		try {
			agent = LrsJson.parse(value);
		}
		catch (InvalidStatementException e) {
			throw new InvalidStatementException(name + ": must be an Agent in JSON");
		}
		ActorRules.identifiedActor(agent, name);
		return agent;
	}

	public static String ifi(String value, String name) {
		return Ifi.of(parse(value, name)).orElseThrow();
	}

}
