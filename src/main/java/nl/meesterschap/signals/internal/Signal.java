package nl.meesterschap.signals.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.AccessPolicy;
import nl.meesterschap.identity.Audience;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.signals.SignalKind;
import nl.meesterschap.signals.SignalStatus;

/**
 * A signal as stored. {@code answeringOrganisationId} is the organisation whose koers the raiser works by: its
 * policy advisors and team leads answer. Principles are codes of that koers.
 */
public record Signal(UUID id, String title, String description, SignalKind kind, UUID raiserId,
		UUID raiserOrganisationId, @Nullable UUID circleId, boolean anonymous, UUID answeringOrganisationId,
		Audience audience, SignalStatus status, Instant raisedAt, @Nullable Instant firstResponseAt,
		@Nullable Instant decidedAt, @Nullable Integer adoptedVersion, @Nullable String adoptedPrinciple,
		boolean hidden, List<Domain> domains, List<String> principles) implements AccessPolicy.Shared {

	public Signal {
		domains = List.copyOf(domains);
		principles = List.copyOf(principles);
	}

	@Override
	public UUID ownerId() {
		return raiserId;
	}

	public String audienceKey() {
		return audience.key(raiserId);
	}

	public String url() {
		return "/signalen/" + id;
	}

}
