package nl.meesterschap.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One published version of an organisation's koers: its vision and principles, in their order. */
public record KoersVersion(UUID organisationId, String organisationSlug, String organisationName, String title,
		String period, int version, Instant publishedAt, String vision, @Nullable String changeNote,
		List<Principle> principles) {

	public KoersVersion {
		principles = List.copyOf(principles);
	}

	public Optional<Principle> principle(String code) {
		return principles.stream().filter(p -> p.code().equals(code)).findFirst();
	}

}
