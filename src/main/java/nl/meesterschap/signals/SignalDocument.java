package nl.meesterschap.signals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.policy.Domain;

/**
 * What a search index may store of a visible (not hidden) signal. For an anonymous signal it carries neither the
 * raiser's name nor id, so no index can reveal or filter by them. {@code audienceKey}: see
 * {@link nl.meesterschap.identity.Audience#key(UUID)}; the answering organisation's policy side also sees it.
 */
public record SignalDocument(UUID id, String title, String description, SignalKind kind, SignalStatus status,
		List<Domain> domains, List<String> principleCodes, UUID organisationId, @Nullable UUID raiserId,
		@Nullable String raiserName, String audienceKey, Instant raisedAt) {

	public SignalDocument {
		domains = List.copyOf(domains);
		principleCodes = List.copyOf(principleCodes);
	}

}
