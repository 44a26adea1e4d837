package nl.meesterschap.learning;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Records xAPI statements about what happens on the platform, in an organisation's learning record store. The
 * platform itself is the statements' authority.
 */
public interface LearningRecords {

	/**
	 * Validates the statement (xAPI 2.0.0 rules) and stores it for the organisation. Recording the same statement
	 * (same id, same content) again changes nothing.
	 * @return the statement's id: its own {@code id}, or a new one when it had none
	 * @throws InvalidStatementException when the statement does not conform, or another statement has its id
	 */
	UUID record(UUID organisationId, JsonNode statement);

}
