package nl.meesterschap.identity;

import java.util.UUID;

public record OrganisationSummary(UUID id, String slug, String name, OrganisationKind kind) {
}
