package nl.meesterschap.circles.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.meesterschap.circles.SharedSummaries;
import nl.meesterschap.identity.Viewer;

/** {@link SharedSummaries} on top of {@link SummaryService}, which decides who may see a summary. */
@Component
class JdbcSharedSummaries implements SharedSummaries {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final SummaryService summaries;

	JdbcSharedSummaries(SummaryService summaries) {
		this.summaries = summaries;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SharedSummary> find(UUID sessionId, Viewer viewer) {
		return summaries.findShared(sessionId, viewer).map(JdbcSharedSummaries::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SharedSummary> sharedWith(Viewer viewer, int limit) {
		return summaries.sharedWith(viewer, limit).stream().map(JdbcSharedSummaries::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SharedSummary> document(UUID sessionId) {
		return summaries.findShared(sessionId).map(JdbcSharedSummaries::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> documentIds(@Nullable UUID after, int limit) {
		return summaries.sharedIds(after, limit);
	}

	private static SharedSummary view(SummaryService.SharedSummary shared) {
		Summary summary = shared.summary();
		return new SharedSummary(summary.sessionId(), shared.circle().id(), shared.circle().name(),
				shared.method().name(DUTCH), shared.session().startsAt(), summary.body(), summary.audience(),
				summary.publishedBy(), summary.publishedAt(), "/leerkringen/samenvattingen/" + summary.sessionId(),
				shared.circle().ownerOrganisationId());
	}

}
