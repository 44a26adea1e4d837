package nl.meesterschap.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import nl.meesterschap.web.ShellUser;

/**
 * The signed-in person (by password, session or API token). Controllers take it with
 * {@code @AuthenticationPrincipal AuthenticatedPerson me}; ask {@link People#viewer(UUID)} for teams and
 * networks, which may change during a session.
 */
public final class AuthenticatedPerson implements UserDetails, CredentialsContainer, ShellUser {

	private final UUID personId;

	private final UUID organisationId;

	private final String username;

	private final String displayName;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final @Nullable Instant lockedUntil;

	private final Set<Role> roles;

	public AuthenticatedPerson(UUID personId, UUID organisationId, String username, String displayName,
			@Nullable String passwordHash, boolean enabled, @Nullable Instant lockedUntil, Instant now, Set<Role> roles) {
		this.personId = personId;
		this.organisationId = organisationId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled && passwordHash != null;
		this.lockedUntil = lockedUntil;
		this.locked = lockedUntil != null && lockedUntil.isAfter(now);
		this.roles = Set.copyOf(roles);
	}

	@Override
	public UUID personId() {
		return personId;
	}

	public UUID organisationId() {
		return organisationId;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	/** Roles in any organisation (a coarse check; per-organisation checks go through {@link Viewer}). */
	public Set<Role> roles() {
		return roles;
	}

	public @Nullable Instant lockedUntil() {
		return lockedUntil;
	}

	@Override
	public boolean administrator() {
		return roles.contains(Role.ADMIN);
	}

	@Override
	public boolean moderator() {
		return roles.contains(Role.MODERATOR) || roles.contains(Role.PRIVACY_OFFICER);
	}

	@Override
	public boolean privacyOfficer() {
		return roles.contains(Role.PRIVACY_OFFICER);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AuthenticatedPerson person && person.personId.equals(personId);
	}

	@Override
	public int hashCode() {
		return personId.hashCode();
	}

	@Override
	public String toString() {
		return "AuthenticatedPerson[" + username + "]";
	}

}
