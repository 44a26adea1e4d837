package nl.meesterschap.identity;

import java.util.UUID;

/** A collaboration across organisations, such as a neighbourhood team with its partners. */
public record NetworkSummary(UUID id, UUID ownerOrganisationId, String slug, String name) {
}
