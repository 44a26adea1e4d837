package nl.meesterschap.signals.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.AudienceKind;
import nl.meesterschap.policy.Domain;
import nl.meesterschap.signals.SignalKind;

/**
 * A signal as someone raises it. {@code draftId} becomes the signal's id, so "not personal data" decisions made
 * while writing stay with it. Audience: ORGANISATION (the default) or NETWORK with {@code audienceScope}.
 */
public record RaiseCommand(UUID draftId, String title, String description, @Nullable SignalKind kind,
		List<Domain> domains, List<String> principles, List<EvidenceRef> evidence, @Nullable UUID circleId,
		@Nullable AudienceKind audience, @Nullable UUID audienceScope, boolean anonymous) {

	public RaiseCommand {
		domains = List.copyOf(domains);
		principles = List.copyOf(principles);
		evidence = List.copyOf(evidence);
	}

}
