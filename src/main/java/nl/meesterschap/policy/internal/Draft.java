package nl.meesterschap.policy.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.OrganisationSummary;
import nl.meesterschap.policy.Principle;

/**
 * The draft of an organisation's next koers version, seen by its editors only. {@code changes} compares it with
 * the latest published version ({@code previousVersion}), or is null when nothing was published yet.
 */
public record Draft(OrganisationSummary organisation, String title, String period, int version, String vision,
		@Nullable String changeNote, List<Principle> principles, @Nullable Instant updatedAt,
		@Nullable Integer previousVersion, @Nullable KoersComparison changes) {

	public Draft {
		principles = List.copyOf(principles);
	}

	public Optional<Principle> principle(String code) {
		return principles.stream().filter(p -> p.code().equals(code)).findFirst();
	}

}
