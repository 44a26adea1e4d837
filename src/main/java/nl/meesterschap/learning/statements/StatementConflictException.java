package nl.meesterschap.learning.statements;

import java.util.UUID;

import nl.meesterschap.learning.InvalidStatementException;

/** The LRS already has a different statement with this id (xAPI: 409 Conflict; statements are immutable). */
public class StatementConflictException extends InvalidStatementException {

	public StatementConflictException(UUID id) {
		super("id: the LRS already has a different statement with id " + id);
	}

}
