package nl.meesterschap.digest.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.policy.Domain;

/**
 * A signal as an edition holds it. Who may see it follows the signals module's rule: its audience, its raiser (known
 * only when not anonymous; an anonymous raiser is in the audience anyway), and the policy advisors and team leads of
 * the organisation that answers it. {@code raiserName} is null for an anonymous signal; {@code status} and
 * {@code kind} are the names of the signals module's enums.
 */
public record SignalItem(UUID id, String title, String kind, String status, UUID answeringOrganisationId,
		@Nullable UUID raiserId, @Nullable String raiserName, String audienceKey, List<Domain> domains, int endorsements,
		Instant raisedAt, @Nullable Instant decidedAt, String url) {

	public SignalItem {
		domains = List.copyOf(domains);
	}

	public String kindOfItem() {
		return "signal";
	}

}
