package nl.meesterschap.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person as other modules see them: enough to show a name and link to an organisation. */
public record PersonSummary(UUID id, String username, String displayName, UUID organisationId,
		@Nullable String jobTitle, Instant createdAt) {
}
