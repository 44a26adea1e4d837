package nl.meesterschap.practice.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A story touches a principle of a koers: how the author applied it, or why they deviated. */
public record PrincipleLink(UUID koersOrganisationId, String code, @Nullable String note) {
}
