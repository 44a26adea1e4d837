package nl.meesterschap.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A signed-in person opened a principle's page: for their learning record. Published at most once per person per
 * principle per day ({@code readOn}, Dutch time) on each node; {@code at} is the first opening that day.
 */
public record PrincipleRead(UUID personId, UUID koersOrganisationId, String koersSlug, int koersVersion,
		String principleCode, String principleTitle, LocalDate readOn, Instant at) {
}
