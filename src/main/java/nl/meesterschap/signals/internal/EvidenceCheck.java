package nl.meesterschap.signals.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.meesterschap.circles.SharedSummaries;
import nl.meesterschap.identity.Viewer;
import nl.meesterschap.practice.Stories;
import nl.meesterschap.practice.StoryStatus;
import nl.meesterschap.practice.StorySummary;
import nl.meesterschap.web.InvalidInputException.Violation;

/**
 * Evidence someone offers must be theirs to see: a published story they may read, or the shared summary of a
 * learning circle's session that was shared with them.
 */
@Component
class EvidenceCheck {

	static final int MAX = 10;

	private final Stories stories;

	private final SharedSummaries summaries;

	EvidenceCheck(Stories stories, SharedSummaries summaries) {
		this.stories = stories;
		this.summaries = summaries;
	}

	/** The evidence offered, each once; a violation (field {@code evidence}) for anything the person may not see. */
	List<Accepted> check(List<EvidenceRef> offered, Viewer viewer, List<Violation> violations) {
		if (offered.size() > MAX) {
			violations.add(new Violation("evidence", "signals.evidence.too-many", MAX));
			return List.of();
		}
		List<Accepted> found = new ArrayList<>();
		for (EvidenceRef ref : new LinkedHashSet<>(offered)) {
			if (ref.kind() == EvidenceKind.SESSION) {
				if (summaries.find(ref.id(), viewer).isPresent()) {
					found.add(new Accepted(ref, null));
				}
				else {
					violations.add(new Violation("evidence", "signals.evidence.session-not-visible"));
				}
				continue;
			}
			Optional<StorySummary> story = stories.visible(ref.id(), viewer)
				.filter(s -> s.status() == StoryStatus.PUBLISHED);
			if (story.isEmpty()) {
				violations.add(new Violation("evidence", "signals.evidence.not-visible"));
			}
			else {
				found.add(new Accepted(ref, story.get()));
			}
		}
		return found;
	}

	/** Evidence that passed: a story (with its summary) or a session's shared summary. */
	record Accepted(EvidenceRef ref, @Nullable StorySummary story) {

		EvidenceKind kind() {
			return ref.kind();
		}

		UUID id() {
			return ref.id();
		}

	}

}
