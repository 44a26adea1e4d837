package nl.meesterschap.learning.statements;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The filters of a statement query (xAPI Communication 2.1.3), with the position after which the page starts.
 * {@code agentIfi} is the agent's inverse functional identifier ({@link Ifi}).
 */
public record StatementQuery(@Nullable String agentIfi, boolean relatedAgents, @Nullable String verb,
		@Nullable String activity, boolean relatedActivities, @Nullable UUID registration, @Nullable Instant since,
		@Nullable Instant until, int limit, boolean ascending, @Nullable Position after) {

	/** Where a page ended: the stored time and sequence number of its last statement. */
	public record Position(Instant stored, long seq) {
	}

	public StatementQuery after(Position position) {
		return new StatementQuery(agentIfi, relatedAgents, verb, activity, relatedActivities, registration, since, until,
				limit, ascending, position);
	}

}
