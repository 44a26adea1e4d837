package nl.meesterschap.identity;

import java.util.UUID;

public record TeamSummary(UUID id, UUID organisationId, String slug, String name) {
}
