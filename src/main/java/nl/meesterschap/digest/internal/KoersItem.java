package nl.meesterschap.digest.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A newly published version of a koers (every signed-in person may read a koers). */
public record KoersItem(UUID organisationId, String organisationSlug, String organisationName, String title,
		int version, Instant publishedAt, @Nullable String changeNote) {

	public String url() {
		return "/koers/" + organisationSlug + "/versies/" + version;
	}

}
