package nl.meesterschap.learning.documents;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where documents live: a state by activity, agent and optional registration; an activity profile by activity; an
 * agent profile by agent. {@code agentIfi} is the agent's inverse functional identifier.
 */
public record DocumentAddress(DocumentKind kind, @Nullable String activityId, @Nullable String agentIfi,
		@Nullable UUID registration) {

	public static DocumentAddress state(String activityId, String agentIfi, @Nullable UUID registration) {
		return new DocumentAddress(DocumentKind.STATE, activityId, agentIfi, registration);
	}

	public static DocumentAddress activityProfile(String activityId) {
		return new DocumentAddress(DocumentKind.ACTIVITY_PROFILE, activityId, null, null);
	}

	public static DocumentAddress agentProfile(String agentIfi) {
		return new DocumentAddress(DocumentKind.AGENT_PROFILE, null, agentIfi, null);
	}

}
