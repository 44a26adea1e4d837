package nl.meesterschap.identity.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.meesterschap.identity.Role;

/** What an admin fills in for a person of their organisation. */
public record PersonDetails(String displayName, String email, String username, @Nullable String jobTitle,
		Set<Role> roles, List<UUID> teamIds) {
}
