package nl.meesterschap.signals.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.policy.Domain;
import nl.meesterschap.signals.SignalKind;
import nl.meesterschap.signals.SignalStatus;

/**
 * A page of signals a reader may see, filtered. {@code principleCode} matches within {@code koersOrganisationId}
 * (named by the signal, or the principle it was adopted into); {@code overdueCutoff}: only signals still waiting
 * for a first response that were raised before it.
 */
public record SignalQuery(SignalAccess.Reader reader, List<SignalStatus> statuses, @Nullable Domain domain,
		@Nullable SignalKind kind, @Nullable UUID koersOrganisationId, @Nullable String principleCode,
		@Nullable Instant overdueCutoff, @Nullable UUID raisedBy, @Nullable UUID answeringOrganisationId,
		@Nullable Instant decidedSince, @Nullable Instant activeSince, Sort sort, int page, int size) {

	public SignalQuery {
		statuses = List.copyOf(statuses);
	}

	/** Everything the reader may see, newest first. */
	public static SignalQuery visibleTo(SignalAccess.Reader reader, int page, int size) {
		return new SignalQuery(reader, List.of(), null, null, null, null, null, null, null, null, null, Sort.NEWEST,
				page, size);
	}

	public SignalQuery filter(List<SignalStatus> statuses, @Nullable Domain domain, @Nullable SignalKind kind) {
		return new SignalQuery(reader, statuses, domain, kind, koersOrganisationId, principleCode, overdueCutoff,
				raisedBy, answeringOrganisationId, decidedSince, activeSince, sort, page, size);
	}

	public SignalQuery principle(@Nullable UUID koersOrganisation, @Nullable String code) {
		return new SignalQuery(reader, statuses, domain, kind, koersOrganisation, code, overdueCutoff, raisedBy,
				answeringOrganisationId, decidedSince, activeSince, sort, page, size);
	}

	public SignalQuery overdueOnly(@Nullable Instant cutoff) {
		return new SignalQuery(reader, statuses, domain, kind, koersOrganisationId, principleCode, cutoff, raisedBy,
				answeringOrganisationId, decidedSince, activeSince, sort, page, size);
	}

	public SignalQuery raisedBy(@Nullable UUID personId) {
		return new SignalQuery(reader, statuses, domain, kind, koersOrganisationId, principleCode, overdueCutoff,
				personId, answeringOrganisationId, decidedSince, activeSince, sort, page, size);
	}

	public SignalQuery answeredBy(@Nullable UUID organisationId) {
		return new SignalQuery(reader, statuses, domain, kind, koersOrganisationId, principleCode, overdueCutoff,
				raisedBy, organisationId, decidedSince, activeSince, sort, page, size);
	}

	public SignalQuery decidedSince(@Nullable Instant since) {
		return new SignalQuery(reader, statuses, domain, kind, koersOrganisationId, principleCode, overdueCutoff,
				raisedBy, answeringOrganisationId, since, activeSince, sort, page, size);
	}

	/** Only signals that got their first response or their decision since this moment. */
	public SignalQuery activeSince(@Nullable Instant since) {
		return new SignalQuery(reader, statuses, domain, kind, koersOrganisationId, principleCode, overdueCutoff,
				raisedBy, answeringOrganisationId, decidedSince, since, sort, page, size);
	}

	public SignalQuery sorted(Sort sort) {
		return new SignalQuery(reader, statuses, domain, kind, koersOrganisationId, principleCode, overdueCutoff,
				raisedBy, answeringOrganisationId, decidedSince, activeSince, sort, page, size);
	}

	/** How a list is ordered: most recognised, newest, oldest, or by latest decision. */
	public enum Sort {
		RECOGNITION, NEWEST, OLDEST, DECIDED
	}

}
